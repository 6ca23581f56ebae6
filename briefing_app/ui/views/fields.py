"""Field widgets for the record editors, each with get/set and an error label.

One small class per kind of input keeps the editor generic: a view declares
its fields (name, label, kind) and the editor builds the form from them.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.ui.views.common import tr
from briefing_app.ui.views.when_fields import DayField


class FieldWidget(QWidget):
    """Base: ``value()``/``set_value()`` and ``changed`` when the user edits."""

    changed = Signal()

    def value(self):
        raise NotImplementedError

    def set_value(self, value) -> None:
        raise NotImplementedError

    def focus_widget(self) -> QWidget:
        return self


class LineField(FieldWidget):
    """One line of text; also used for numbers, dates and comma-separated lists."""

    def __init__(self, placeholder: str = "", is_list: bool = False, parent=None) -> None:
        super().__init__(parent)
        self._is_list = is_list
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setClearButtonEnabled(True)
        self.edit.textEdited.connect(self.changed)
        _only(self, self.edit)

    def value(self):
        return self.edit.text()

    def set_value(self, value) -> None:
        if self._is_list:
            value = ", ".join(value or [])
        self.edit.setText("" if value is None else str(value))
        self.edit.setCursorPosition(0)  # a long name shows its beginning, not its end

    def focus_widget(self) -> QWidget:
        return self.edit


class TextField(FieldWidget):
    """Several lines of text (mandate, bio, the text of a talking point)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(70)
        self.edit.textChanged.connect(self._changed)
        self._loading = False
        _only(self, self.edit)

    def _changed(self) -> None:
        if not self._loading:
            self.changed.emit()

    def value(self):
        return self.edit.toPlainText()

    def set_value(self, value) -> None:
        self._loading = True
        self.edit.setPlainText(value or "")
        self._loading = False

    def focus_widget(self) -> QWidget:
        return self.edit


class DateField(FieldWidget):
    """A calendar date (YYYY-MM-DD, with a pop-up calendar); always holds a real date."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.edit = DayField(self)
        self.edit.setMaximumWidth(self.edit.fontMetrics().horizontalAdvance("0000-00-00") + 60)
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())
        _only(self, self.edit)

    def value(self) -> date:
        return self.edit.date().toPython()

    def set_value(self, value) -> None:
        day = value if isinstance(value, date) else date.today()
        with QSignalBlocker(self.edit):
            self.edit.setDate(QDate(day.year, day.month, day.day))

    def focus_widget(self) -> QWidget:
        return self.edit


class ChoiceField(FieldWidget):
    """A fixed choice (enum values with translated labels) or a record (id)."""

    def __init__(self, choices: list[tuple[object, str]], parent=None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.setMaxVisibleItems(20)
        _narrow(self.combo)
        self.set_choices(choices)
        self.combo.activated.connect(lambda _i: self.changed.emit())
        _only(self, self.combo)

    def set_choices(self, choices: list[tuple[object, str]]) -> None:
        with QSignalBlocker(self.combo):
            current = self.value()
            self.combo.clear()
            for data, label in choices:
                self.combo.addItem(label, data)
            self.set_value(current)

    def value(self):
        return self.combo.currentData()

    def set_value(self, value) -> None:
        index = self.combo.findData(value)
        self.combo.setCurrentIndex(max(index, 0))

    def focus_widget(self) -> QWidget:
        return self.combo


class IdsField(FieldWidget):
    """Several records (priorities, target organizations): a list plus add/remove."""

    def __init__(self, choices: list[tuple[int, str]], parent=None) -> None:
        super().__init__(parent)
        self.picker = QComboBox(self)
        self.picker.setEditable(True)
        self.picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.picker.setMaxVisibleItems(20)
        _narrow(self.picker)
        self.set_choices(choices)
        self.picker.lineEdit().setPlaceholderText(tr("Type to find, then Add"))
        self.add_button = add = QPushButton(tr("Add"), self)
        self.remove_button = remove = QPushButton(tr("Remove"), self)
        add.clicked.connect(self._add)
        remove.clicked.connect(self._remove)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(90)
        self.list.setWordWrap(True)  # long titles on two lines, not behind a scroll bar
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Remove beside the list, not after Add: the row stays narrow enough for the
        # editor's pane (the button was cut off on the right).
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.picker, 0, 0)
        grid.addWidget(add, 0, 1)
        grid.addWidget(self.list, 1, 0)
        grid.addWidget(remove, 1, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)

    def set_choices(self, choices: list[tuple[int, str]]) -> None:
        self._labels = dict(choices)
        with QSignalBlocker(self.picker):
            self.picker.clear()
            for data, label in choices:
                self.picker.addItem(label, data)
            self.picker.setCurrentIndex(-1)

    def _add(self) -> None:
        index = self.picker.findText(self.picker.currentText(), Qt.MatchFlag.MatchFixedString)
        if index < 0 or self.picker.itemData(index) in self.value():
            return
        self._append(self.picker.itemData(index))
        self.picker.setCurrentIndex(-1)
        self.changed.emit()

    def _remove(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.changed.emit()

    def _append(self, record_id: int) -> None:
        item = QListWidgetItem(self._labels.get(record_id, str(record_id)))
        item.setToolTip(item.text())
        item.setData(Qt.ItemDataRole.UserRole, record_id)
        self.list.addItem(item)

    def value(self):
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def set_value(self, value) -> None:
        self.list.clear()
        for record_id in value or []:
            self._append(record_id)

    def focus_widget(self) -> QWidget:
        return self.picker


def _only(parent: QWidget, child: QWidget) -> None:
    layout = QVBoxLayout(parent)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(child)


def _narrow(combo: QComboBox) -> None:
    """Long organization names must not make the whole editor wider than its pane."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(16)
