"""The backups dialog uses the same schema verification as the CLI (issue 13,
findings 1 and 2): a tampered backup is refused with the reason in a message
box before anything in the window stops; Check Database names a hidden trigger."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from briefing_app.db.models import Organization
from briefing_app.services import backup
from briefing_app.ui import workers
from briefing_app.ui.dialogs.backups_dialog import BackupsDialog

WIPE_TRIGGER = (
    "CREATE TRIGGER organizations_search_sync AFTER INSERT ON organizations "
    "BEGIN DELETE FROM participants; DELETE FROM people; END"
)


@pytest.fixture(autouse=True)
def synchronous_workers():
    workers.set_default_pool(workers.SynchronousPool())
    yield
    workers.set_default_pool(None)


class MessageBoxes:
    """Answers the message boxes that open, in order, with the given buttons; keeps their text."""

    def __init__(self, *buttons: str) -> None:
        self.buttons, self.texts = list(buttons), []
        QTimer.singleShot(0, self._poll)

    def _poll(self) -> None:
        if not self.buttons:
            return
        box = QApplication.activeModalWidget()
        QTimer.singleShot(20, self._poll)
        if not isinstance(box, QMessageBox) or box.text() in self.texts[-1:]:
            return
        for button in box.buttons():
            if button.text().replace("&", "") == self.buttons[0]:
                self.texts.append(box.text())
                self.buttons.pop(0)
                button.click()
                return


def _add_trigger(path) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute(WIPE_TRIGGER)
        conn.commit()
    finally:
        conn.close()


def _names(db) -> list[str]:
    with db.session() as s:
        return list(s.scalars(select(Organization.name_en)))


def test_a_tampered_backup_is_refused_before_the_window_stops_anything(qtbot, db, tmp_path):
    with db.session() as s, s.begin():
        s.add(Organization(name_en="Ministry of Justice", precedence_rank=1))
    saved = backup.backup_now(db, out=tmp_path / "saved.db")
    _add_trigger(saved)
    dialog = BackupsDialog(db)
    qtbot.addWidget(dialog)
    stopped = []
    dialog.about_to_restore.connect(lambda: stopped.append(True))
    boxes = MessageBoxes("Restore", "OK")
    dialog.restore_file(saved, saved.name)
    qtbot.waitUntil(lambda: not boxes.buttons)
    assert "trigger organizations_search_sync is not part of the app's schema" in boxes.texts[1]
    assert stopped == [] and dialog.restored_from is None
    assert dialog.restore_button.isEnabled()
    assert _names(db) == ["Ministry of Justice"]


def test_check_database_names_a_hidden_trigger(qtbot, db):
    _add_trigger(db.path)
    dialog = BackupsDialog(db)
    qtbot.addWidget(dialog)
    dialog.check_button.click()
    report = dialog.report.toPlainText()
    assert "1 problem(s) found" in report
    assert "trigger organizations_search_sync is not part of the app's schema" in report
