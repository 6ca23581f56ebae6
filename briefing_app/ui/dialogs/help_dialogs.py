"""Help ▸ User Guide and Help ▸ Keyboard Shortcuts.

The guide is the Markdown file shipped in ``resources/help`` (in the
interface's language when there is a translation), shown in a browser that
follows its links. The keyboard map lists the shortcuts of the window's own
actions, read from the actions themselves so it never disagrees with them,
and the keys of the search box and tables, which have no action.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from briefing_app import paths
from briefing_app.ui.language import data_language

#: Keys that belong to no menu action: (keys, what they do).
OTHER_KEYS = (
    ("↓", QT_TRANSLATE_NOOP("KeyboardMapDialog", "In the search box: move into the results")),
    ("Enter", QT_TRANSLATE_NOOP("KeyboardMapDialog", "Open the selected search result or meeting")),
    ("Esc", QT_TRANSLATE_NOOP("KeyboardMapDialog", "In the search box: clear the search")),
    ("Tab", QT_TRANSLATE_NOOP("KeyboardMapDialog", "Move to the next field")),
    (
        "Alt+letter",
        QT_TRANSLATE_NOOP("KeyboardMapDialog", "The button or field with that letter underlined"),
    ),
)


def _close_buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    return buttons


class UserGuideDialog(QDialog):
    """The shipped user guide, rendered."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Briefing App user guide"))
        self.resize(760, 640)
        self.path = paths.user_guide("zh_CN" if data_language() == "zh" else "en")
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("userGuide")
        self.browser.setOpenExternalLinks(True)
        try:
            self.browser.setMarkdown(self.path.read_text(encoding="utf-8"))
        except OSError as exc:
            self.browser.setPlainText(
                self.tr("The user guide could not be read ({file}: {error}).").format(
                    file=self.path, error=exc.strerror or exc
                )
            )
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(_close_buttons(self))


def _plain(text: str) -> str:
    """A menu text without its mnemonic ampersand and trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def shortcut_rows(actions: dict) -> list[tuple[str, str]]:
    """(keys, action) for each action that has a shortcut, in menu order."""
    rows = []
    for action in actions.values():
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        # The first is the one to learn; platform extras (the "Undo" key, F14) only if typed
        # with a modifier like it.
        keys = [k for i, k in enumerate(keys) if k and (i == 0 or "+" in k)]
        if keys:
            rows.append((", ".join(keys), _plain(action.text())))
    return rows


class KeyboardMapDialog(QDialog):
    """Every shortcut: the window's actions, then the keys of fields and lists."""

    def __init__(self, actions: dict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(620, 560)
        rows = shortcut_rows(actions)
        rows += [(keys, self.tr(text)) for keys, text in OTHER_KEYS]
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setObjectName("keyboardMap")
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        for row, (keys, text) in enumerate(rows):
            for column, value in enumerate((keys, text)):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(_close_buttons(self))

    def rows(self) -> list[tuple[str, str]]:
        return [
            (self.table.item(r, 0).text(), self.table.item(r, 1).text())
            for r in range(self.table.rowCount())
        ]
