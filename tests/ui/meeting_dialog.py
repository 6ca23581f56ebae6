"""Answering the modal dialogs the tests open (New meeting, pickers)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def answer_next_dialog(choose, accept: bool = True) -> list:
    """Run ``choose(dialog)`` on the modal dialog about to open, then accept it (or
    reject). The returned list receives the dialog, for looking at it afterwards."""
    seen: list = []

    def act():
        dialog = QApplication.activeModalWidget()
        assert dialog is not None, "no dialog opened"
        seen.append(dialog)
        choose(dialog)
        if dialog.isVisible():
            dialog.accept() if accept else dialog.reject()

    QTimer.singleShot(0, act)
    return seen
