"""Start-up stays light and safe: no heavy imports on the way to the first window, the
integrity check after the window is shown, and SIGTERM releasing the writer lock —
with real processes, real files and real widgets."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication

from briefing_app.db.models import Organization, Person
from briefing_app.services import lock
from briefing_app.services.check import header_problem
from briefing_app.settings import Settings
from briefing_app.ui import startup, workers

HEAVY = ("alembic", "mako", "docx", "docxtpl", "openpyxl", "jinja2", "lxml")

FIRST_WINDOW = """
import sys
from briefing_app.app import make_application, open_for_gui
from briefing_app.settings import Settings
app = make_application(Settings(), offscreen=True)
db = open_for_gui(sys.argv[1])
from briefing_app.ui.main_window import MainWindow
window = MainWindow(db, Settings())
window.show()
app.processEvents()
assert window.views["meetings"].model.rowCount() > 0
print(sorted({m.split(".")[0] for m in sys.modules} & set(sys.argv[2:])))
window.discard_changes_and_close()
db.dispose()
"""


def _env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def test_first_window_imports_no_document_or_migration_libraries(demo_db):
    demo_db.dispose()
    done = subprocess.run(
        [sys.executable, "-c", FIRST_WINDOW, str(demo_db.path), *HEAVY],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"


# -- SIGTERM -----------------------------------------------------------------------------------

RUN_GUI = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
QTimer.singleShot(0, lambda: print("running", flush=True))  # fires inside the event loop
from briefing_app.app import run_gui
sys.exit(run_gui(sys.argv[1]))
"""


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_sigterm_quits_cleanly_and_releases_the_writer_lock(db, signum):
    db.dispose()
    child = subprocess.Popen(
        [sys.executable, "-c", RUN_GUI, str(db.path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
    )
    try:
        assert child.stdout.readline().strip() == "running", child.stderr.read()
        assert lock.lock_path(db.path).exists()  # the app holds the lock while it runs
        time.sleep(0.3)  # idle in the Qt event loop, no Python code running
        child.send_signal(signum)
        code = child.wait(timeout=30)
    finally:
        child.kill()
        child.wait()
    assert code == 128 + signum, child.stderr.read()
    assert not lock.lock_path(db.path).exists()
    assert sqlite3.connect(db.path).execute("PRAGMA quick_check").fetchone() == ("ok",)


# -- cheap pre-check at open -------------------------------------------------------------------


def _checkpointed(db) -> None:
    db.dispose()
    conn = sqlite3.connect(db.path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def test_header_check_accepts_good_files_and_catches_cut_short_ones(db, tmp_path):
    _checkpointed(db)
    assert header_problem(db.path) is None
    cut = tmp_path / "cut.db"
    cut.write_bytes(db.path.read_bytes()[:8192])
    assert "cut short" in header_problem(cut) and str(cut) in header_problem(cut)
    wal = cut.with_name(cut.name + "-wal")
    wal.write_bytes(b"x" * 100)  # a write-ahead log may still hold the missing pages
    assert header_problem(cut) is None
    junk = tmp_path / "junk.db"
    junk.write_text("minutes of the meeting\n" * 20)
    assert "not a database" in header_problem(junk)


# -- full check after the window is shown ------------------------------------------------------


@pytest.fixture
def synchronous_workers():
    workers.set_default_pool(workers.SynchronousPool())
    yield
    workers.set_default_pool(None)


def _click_later(attempts: int = 100) -> None:
    """Press "Later" in the damage dialog as soon as it is up."""
    dialog = QApplication.activeModalWidget()
    for button in dialog.findChildren(QAbstractButton) if dialog else []:
        if button.objectName() == "later":
            button.click()
            return
    if attempts:
        QTimer.singleShot(20, lambda: _click_later(attempts - 1))


def _damage_people_index(db) -> None:
    """Zero the root page of an index the first view does not read."""
    with db.session() as s, s.begin():
        org = Organization(name_en="Ministry", precedence_rank=1)
        s.add_all([Person(organization=org, family_name=f"Li{i}") for i in range(50)])
    _checkpointed(db)
    conn = sqlite3.connect(db.path)
    root, page_size = conn.execute(
        "SELECT rootpage, (SELECT page_size FROM pragma_page_size()) FROM sqlite_master "
        "WHERE name = 'ix_people_organization_id'"
    ).fetchone()
    conn.close()
    with open(db.path, "r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\0" * page_size)


def _window(qtbot, path):
    from briefing_app.ui.main_window import MainWindow

    opened = startup.open_database_interactively(str(path))
    assert opened is not None  # the cheap pre-check lets it open
    window = MainWindow(opened, Settings.load())
    qtbot.addWidget(window)
    window.show()
    return window


def test_damage_is_reported_after_the_window_is_shown(qtbot, db, synchronous_workers):
    _damage_people_index(db)
    window = _window(qtbot, db.path)
    try:
        QTimer.singleShot(0, _click_later)
        task = startup.check_in_background(window)
        assert task is not None and task.done.is_set()
        message = window.statusBar().currentMessage()
        assert "problems" in message and str(db.path) in message
    finally:
        window.discard_changes_and_close()
        window.db.dispose()


def test_healthy_database_is_checked_quietly(qtbot, db, synchronous_workers):
    db.dispose()
    window = _window(qtbot, db.path)
    try:
        task = startup.check_in_background(window)
        assert task.done.is_set() and QApplication.activeModalWidget() is None
        assert "problems" not in window.statusBar().currentMessage()
    finally:
        window.discard_changes_and_close()
        window.db.dispose()
