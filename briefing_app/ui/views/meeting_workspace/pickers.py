"""Small dialogs the workspace uses to pick records or create a person on the spot."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

IdRole = Qt.ItemDataRole.UserRole + 1


class PickDialog(QDialog):
    """Choose one or more of ``items`` ((id, label) pairs), filtering as you type."""

    def __init__(self, title: str, items: list[tuple[int, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(520, 480)
        self.source = QStandardItemModel(self)
        self.set_items(items)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.source)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Type to filter…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.doubleClicked.connect(self.accept)
        self.hint = QLabel(self.tr("Ctrl+click or Shift+click picks several; type to filter."))
        self.hint.setWordWrap(True)
        self.everyone = QCheckBox()
        self.everyone.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        layout.addWidget(self.hint)
        layout.addWidget(self.everyone)
        layout.addWidget(self.buttons)

    def set_items(self, items: list[tuple[int, str]]) -> None:
        self.source.clear()
        for ident, label in items:
            item = QStandardItem(label)
            item.setData(ident, IdRole)
            item.setEditable(False)
            self.source.appendRow(item)

    def offer_everyone(self, text: str, read_all) -> None:
        """A check box that widens the list to ``read_all()`` (and back)."""
        narrow = [(self.source.item(r).data(IdRole), self.source.item(r).text())
                  for r in range(self.source.rowCount())]  # fmt: skip
        self.everyone.setText(text)
        self.everyone.show()
        self.everyone.toggled.connect(lambda on: self.set_items(read_all() if on else narrow))
        if not narrow:
            self.everyone.setChecked(True)

    def select_ids(self, ids: list[int]) -> None:
        """Select the rows with these ids (used by tests and keyboard users alike)."""
        selection = self.list.selectionModel()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(IdRole) in ids:
                selection.select(index, selection.SelectionFlag.Select)

    def chosen_ids(self) -> list[int]:
        return [i.data(IdRole) for i in self.list.selectionModel().selectedIndexes()]


class NewPersonDialog(QDialog):
    """Create a person of an invited organization without leaving the meeting."""

    def __init__(self, organizations: list[tuple[int, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New person"))
        self.organization = QComboBox()
        for ident, label in organizations:
            self.organization.addItem(label, ident)
        self.family_name = QLineEdit()
        self.given_name = QLineEdit()
        self.native_name = QLineEdit()
        self.honorific = QComboBox()
        self.honorific.setEditable(True)
        self.honorific.addItems(["", "Mr.", "Ms.", "Dr.", "Prof.", "H.E."])
        self.name_order = QComboBox()
        self.name_order.addItem(self.tr("Family name first (LIU Hua)"), "family_first")
        self.name_order.addItem(self.tr("Given name first (Daren TANG)"), "given_first")
        self.title_en = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(60)
        form = QFormLayout()
        form.addRow(self.tr("&Organization"), self.organization)
        form.addRow(self.tr("&Family name"), self.family_name)
        form.addRow(self.tr("&Given name"), self.given_name)
        form.addRow(self.tr("Name in native script"), self.native_name)
        form.addRow(self.tr("Honorific"), self.honorific)
        form.addRow(self.tr("Name order"), self.name_order)
        form.addRow(self.tr("&Title"), self.title_en)
        form.addRow(self.tr("Needs / notes"), self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.family_name.textChanged.connect(lambda t: self.ok_button.setEnabled(bool(t.strip())))
        self.ok_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict:
        """Keyword arguments for ``meeting_edit.create_person``."""
        return {
            "organization_id": self.organization.currentData(),
            "family_name": self.family_name.text(),
            "given_name": self.given_name.text(),
            "native_name": self.native_name.text(),
            "honorific": self.honorific.currentText(),
            "name_order": self.name_order.currentData(),
            "title_en": self.title_en.text(),
            "needs": self.notes.toPlainText(),
        }


class NewPointDialog(QDialog):
    """Write a new talking point in place (saved as a draft in the library)."""

    def __init__(self, heading: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New talking point for {0}").format(heading))
        self.resize(520, 360)
        self.title = QLineEdit()
        self.text_en = QPlainTextEdit()
        self.text_zh = QPlainTextEdit()
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("Text (&English)"), self.text_en)
        form.addRow(self.tr("Text (&Chinese)"), self.text_zh)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.title.textChanged.connect(lambda t: ok.setEnabled(bool(t.strip())))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
