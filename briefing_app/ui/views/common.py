"""Small helpers every view uses: readable error dialogs and confirmations."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

# QMessageBox is imported where a box is shown: its class and enums are not needed to
# start (the main window's first paint imports this module).


def tr(text: str, comment: str = "") -> str:
    """Translate ``text`` (context "" so pyside6-lupdate finds plain ``tr("...")`` calls)."""
    return QCoreApplication.translate("", text, comment or None)


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    """A modal, readable error (never a traceback)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok)
    if parent is not None:
        box.setParent(parent, box.windowFlags())
    box.exec()


def show_unexpected_error(exc: BaseException) -> None:
    """An unexpected failure: one line, and where the details were written."""
    from briefing_app import paths

    show_error(
        None,
        tr("Something went wrong"),
        tr("Unexpected error: {error}\n\nDetails were written to {log}.").format(
            error=f"{exc.__class__.__name__}: {exc}",
            log=paths.user_data_dir() / "briefing-app.log",
        ),
    )


def confirm(parent: QWidget | None, title: str, message: str, action: str) -> bool:
    """Ask before something destructive; the default button is Cancel."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(message)
    ok = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is ok


def plural(one: str, many: str, n: int) -> str:
    """Count phrase from two already translated forms: "%n person" / "%n people"."""
    return (one if n == 1 else many).replace("%n", str(n))


def ask_unsaved(parent: QWidget | None) -> str:
    """Ask what to do with unsaved edits: "save", "discard" or "cancel"."""
    from PySide6.QtWidgets import QMessageBox

    buttons = QMessageBox.StandardButton
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Unsaved changes"))
    box.setText(tr("Save your changes to this record before leaving it?"))
    box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
    box.setDefaultButton(buttons.Save)
    box.exec()
    answer = box.standardButton(box.clickedButton())
    return {buttons.Save: "save", buttons.Discard: "discard"}.get(answer, "cancel")


class NothingToSavePage:
    """A page of the library's stack that the main window treats like a library view
    (search results, Getting started) but that holds nothing to save, reload or
    choose from: leaving or closing it never asks. Each page gives its ``title``."""

    def maybe_leave(self) -> bool:
        return True

    def has_unsaved_changes(self) -> bool:
        return False

    def reload(self) -> None:
        """Nothing to reload (search results are run again on the next keystroke)."""

    def refresh_choices(self) -> None:
        """No choice lists here."""
