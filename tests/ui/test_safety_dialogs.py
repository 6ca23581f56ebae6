"""Data-safety GUI: start-up (lock, read-only, broken files, network), backups dialog,
conflict dialog and automatic backups — real widgets, real files, real processes."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
from sqlalchemy import select

from briefing_app import paths
from briefing_app.db.models import Organization
from briefing_app.services import backup, environment, lock
from briefing_app.services.conflicts import ConflictError, save_with_version
from briefing_app.ui import startup, workers
from briefing_app.ui.autobackup import AutoBackup
from briefing_app.ui.dialogs.backups_dialog import BackupsDialog, BackupsModel
from briefing_app.ui.dialogs.conflict_dialog import ConflictDialog

# modal dialogs on the offscreen platform


@pytest.fixture(autouse=True)
def synchronous_workers():
    workers.set_default_pool(workers.SynchronousPool())
    yield
    workers.set_default_pool(None)


class Answers:
    """Clicks buttons in the modal dialogs that open, in order (by object name or text)."""

    def __init__(self, qtbot, *clicks: str) -> None:
        self.clicks, self.seen, self.qtbot = list(clicks), [], qtbot
        self.done: list[str] = []
        QTimer.singleShot(0, self._poll)

    def _poll(self) -> None:
        if not self.clicks:
            return
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog in self.seen[-1:]:
            QTimer.singleShot(20, self._poll)
            return
        name = self.clicks[0]
        QTimer.singleShot(20, self._poll)  # before clicking: the click may open a nested dialog
        for button in dialog.findChildren(QAbstractButton):
            if name in (button.objectName(), button.text()) and button.isVisible():
                self.seen.append(dialog)
                self.done.append(f"{dialog.objectName() or dialog.windowTitle()}:{name}")
                self.clicks.pop(0)
                button.click()
                break


def _add_org(db, name: str) -> None:
    with db.session() as s, s.begin():
        s.add(Organization(name_en=name, precedence_rank=1))


def _names(db) -> list[str]:
    with db.session() as s:
        return list(s.scalars(select(Organization.name_en).order_by(Organization.id)))


# -- start-up -------------------------------------------------------------------------------


def test_normal_start_takes_the_lock(qtbot, db_path):
    db = startup.open_database_interactively(str(db_path))
    try:
        assert db is not None and not db.read_only and startup.banner_text(db) == ""
        assert lock.lock_path(db_path).exists()
    finally:
        db.dispose()
    assert not lock.lock_path(db_path).exists()


HOLDER = """
import sys, time
from briefing_app.services.lock import WriterLock
WriterLock(sys.argv[1]).acquire()
print("locked", flush=True)
time.sleep(60)
"""


@pytest.fixture
def other_instance(db):
    _add_org(db, "Shared")
    db.dispose()
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db.path)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout.readline().strip() == "locked"
    yield proc
    proc.kill()
    proc.wait()


def test_second_instance_may_open_read_only(qtbot, db, other_instance):
    answers = Answers(qtbot, "read_only")
    opened = startup.open_database_interactively(str(db.path))
    try:
        assert answers.done == ["database_locked:read_only"]
        assert opened.read_only and "another copy" in startup.banner_text(opened)
        assert _names(opened) == ["Shared"]
    finally:
        opened.dispose()
    assert lock.read_lock(lock.lock_path(db.path)).pid == other_instance.pid  # not ours


def test_second_instance_may_quit(qtbot, db, other_instance):
    answers = Answers(qtbot, "quit")
    assert startup.open_database_interactively(str(db.path)) is None
    assert answers.done == ["database_locked:quit"]


def test_read_only_file_opens_read_only_with_banner(qtbot, db):
    _add_org(db, "Readable")
    db.dispose()
    db.path.chmod(0o444)
    try:
        opened = startup.open_database_interactively(str(db.path))
        assert opened.read_only and "read-only" in startup.banner_text(opened)
        assert _names(opened) == ["Readable"]
        opened.dispose()
    finally:
        db.path.chmod(0o644)


def test_network_path_warns(qtbot, db, monkeypatch, tmp_path):
    mounts = tmp_path / "mounts"
    mounts.write_text(f"server:/share {db.path.parent} nfs4 rw 0 0\n")
    real = environment.read_mounts
    monkeypatch.setattr(environment, "read_mounts", lambda *_a: real(mounts))
    db.dispose()
    answers = Answers(qtbot, "open")
    opened = startup.open_database_interactively(str(db.path))
    try:
        assert answers.done == ["network_warning:open"]
        assert opened.warnings and "network drive" in opened.warnings[0]
    finally:
        opened.dispose()


def _break(path, how: str) -> None:
    if how == "empty":
        path.write_bytes(b"")
    elif how == "text":
        path.write_text("not a database at all\n" * 40)
    elif how == "truncated":
        path.write_bytes(path.read_bytes()[:5000])
    elif how == "newer":
        conn = sqlite3.connect(path)
        conn.execute("UPDATE alembic_version SET version_num = '0099_future'")
        conn.commit()
        conn.close()


@pytest.mark.parametrize("how", ["empty", "text", "truncated", "newer"])
def test_broken_database_offers_restore(qtbot, db, how):
    for i in range(200):
        _add_org(db, f"Agency {i}")
    backup.backup_now(db, "manual")
    _add_org(db, "After the backup")
    db.dispose()
    for side in ("-wal", "-shm"):
        db.path.with_name(db.path.name + side).unlink(missing_ok=True)
    _break(db.path, how)
    answers = Answers(qtbot, "restore", "restore", "Restore")
    opened = startup.open_database_interactively(str(db.path))
    try:
        assert answers.done[0] == "database_broken:restore"
        assert len(answers.done) == 3
        assert opened is not None and len(_names(opened)) == 200
    finally:
        opened.dispose()
    kept = [f.name for f in paths.backups_dir(db.path).iterdir()]
    # the file as it was is kept (a damaged one as .bin, never offered for restore)
    assert any("before-restore" in name for name in kept) == (how != "empty")


def test_broken_database_quit_leaves_file_alone(qtbot, db):
    db.dispose()
    _break(db.path, "text")
    before = db.path.read_bytes()
    answers = Answers(qtbot, "quit")
    assert startup.open_database_interactively(str(db.path)) is None
    assert answers.done == ["database_broken:quit"] and db.path.read_bytes() == before
    assert not lock.lock_path(db.path).exists()


# -- backups dialog -------------------------------------------------------------------------


def test_backups_dialog_back_up_check_restore(qtbot, db, qtmodeltester):
    _add_org(db, "First")
    dialog = BackupsDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    dialog.backup_button.click()
    assert dialog.model.rowCount() == 1 and "Backed up to" in dialog.report.toPlainText()
    qtmodeltester.check(dialog.model)
    dialog.check_button.click()
    assert "OK" in dialog.report.toPlainText()
    _add_org(db, "Second")
    answers = Answers(qtbot, "Restore")
    with qtbot.waitSignal(dialog.database_restored):
        dialog.restore_button.click()
    assert answers.done and _names(db) == ["First"]
    assert dialog.model.rowCount() == 2  # the backup taken before the restore is listed


def test_backups_dialog_read_only_cannot_restore(qtbot, db):
    ro = lock.connect_read_only(db.path, "test")
    try:
        dialog = BackupsDialog(ro)
        qtbot.addWidget(dialog)
        assert not dialog.restore_button.isEnabled() and dialog.backup_button.isEnabled()
    finally:
        ro.dispose()


def test_backups_model_reasons(qtbot, db, qtmodeltester):
    _add_org(db, "x")
    backup.backup_before("import", db)
    model = BackupsModel()
    model.set_backups(backup.list_backups(db))
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "Before an import"


# -- conflicts ------------------------------------------------------------------------------


def _conflict(db) -> ConflictError:
    _add_org(db, "Original")
    with db.session() as s, s.begin():
        save_with_version(s, Organization, 1, 1, {"name_en": "Theirs"})
    try:
        with db.session() as s, s.begin():
            save_with_version(s, Organization, 1, 1, {"name_en": "Mine", "acronym": ""})
    except ConflictError as exc:
        return exc
    raise AssertionError("no conflict")


def test_conflict_dialog_shows_both_versions(qtbot, db):
    dialog = ConflictDialog(_conflict(db), {"name_en": "English name"})
    qtbot.addWidget(dialog)
    assert dialog.findChild(QLabel, "name_en_theirs").text() == "Theirs"
    assert dialog.findChild(QLabel, "name_en_mine").text() == "Mine"
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert "● English name" in texts and "acronym" in texts  # changed field marked


# -- automatic backups ----------------------------------------------------------------------


def test_autobackup_only_after_changes(qtbot, db):
    auto = AutoBackup(db, minutes=30)
    try:
        assert auto.timer.interval() == 30 * 60_000
        auto.tick()
        assert backup.list_backups(db) == []  # nothing changed: no backup
        _add_org(db, "Changed")
        with qtbot.waitSignal(auto.backed_up):
            auto.tick()
        [made] = backup.list_backups(db)
        assert made.reason == "auto"
        auto.tick()
        assert len(backup.list_backups(db)) == 1
    finally:
        auto.stop()


def test_autobackup_off_for_read_only_and_zero_interval(qtbot, db):
    ro = lock.connect_read_only(db.path)
    try:
        assert not AutoBackup(ro, 30).enabled
    finally:
        ro.dispose()
    assert not AutoBackup(db, 0).enabled


# -- main window wiring ---------------------------------------------------------------------


def test_main_window_backups_menu_and_reload_after_restore(qtbot, db):
    from briefing_app.settings import Settings
    from briefing_app.ui.main_window import MainWindow
    from briefing_app.ui.safety_actions import open_backups

    _add_org(db, "Before")
    saved = backup.backup_now(db)
    _add_org(db, "After")
    window = MainWindow(db, Settings())
    qtbot.addWidget(window)
    window.show_view("organizations")
    file_menu = window.menuBar().actions()[0].menu()
    assert window.actions["backups"] in file_menu.actions()
    assert window.actions["check_db"] in file_menu.actions()
    assert window.autobackup.enabled
    view = window.views["organizations"]
    assert view.table.model().rowCount() == 2
    dialog = open_backups(window)
    qtbot.addWidget(dialog)
    row = next(r for r in range(dialog.model.rowCount()) if dialog.model.backup_at(r).path == saved)
    dialog.table.selectRow(row)
    Answers(qtbot, "Restore")
    with qtbot.waitSignal(dialog.database_restored):
        dialog.restore_button.click()
    assert _names(db) == ["Before"]
    assert view.table.model().rowCount() == 1  # the window shows the restored data
    window.discard_changes_and_close()
