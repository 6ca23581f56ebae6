"""UI data-safety fixes: read-only exports write nothing to the database, child
jobs report storage failures readably, quitting waits for background work,
a restore stops everything that could open the database first, and a closed
workspace's preview never prints "Signal source has been deleted"."""

from __future__ import annotations

import threading
import time

import docx
import pytest
from PySide6.QtCore import QThreadPool
from sqlalchemy import func, select

from briefing_app.db.models import PackVersion
from briefing_app.errors import UserError
from briefing_app.services.lock import connect_read_only
from briefing_app.ui import export_jobs, workers
from briefing_app.ui.views.meeting_workspace import MeetingWorkspace
from tests.ui.workspace_world import build_world


def _versions(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(PackVersion))


@pytest.fixture
def read_only_workspace(qtbot, db):
    world = build_world(db)
    ro = connect_read_only(db.path, "another copy of the app is using it")
    widget = MeetingWorkspace(ro, world["meeting"], pool=workers.SynchronousPool())
    qtbot.addWidget(widget)
    yield widget
    widget.preview.shutdown()
    ro.dispose()


def test_read_only_export_writes_the_pack_but_records_no_version(
    qtbot, db, read_only_workspace, tmp_path
):
    panel = read_only_workspace.export
    out = tmp_path / "pack.docx"
    failures = []
    panel.ctx.error.connect(lambda title, message: failures.append(message))
    task = panel.export_pack(out)
    assert task is not None and task.done.is_set()
    assert failures == []
    assert "Roundtable 2022" in "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert _versions(db) == 0  # nothing written under the other instance's lock
    assert panel.open_button.isEnabled()


def test_read_only_workspace_cannot_import_an_edited_list(qtbot, read_only_workspace, tmp_path):
    panel = read_only_workspace.export
    assert not panel.import_button.isEnabled()
    assert "read-only" in panel.import_button.toolTip()
    assert panel.pack_button.isEnabled() and panel.list_button.isEnabled()
    assert panel.import_participants(tmp_path / "edited.xlsx") is None
    panel.export_participants(tmp_path / "list.xlsx")  # after a job, import stays disabled
    assert (tmp_path / "list.xlsx").exists()
    assert not panel.import_button.isEnabled()


def test_child_job_reports_a_read_only_database_as_a_user_error(db, tmp_path):
    world = build_world(db)
    url = f"sqlite:///file:{db.path}?mode=ro&uri=true"
    with pytest.raises(UserError, match="read-only"):
        export_jobs.write_pack(
            url, world["meeting"], str(tmp_path / "p.docx"), "en", False, progress=_no_progress
        )
    assert not (tmp_path / "p.docx").exists()


def _no_progress(*_args) -> None:
    return None


def test_child_pack_export_is_one_outcome_with_its_version(db, tmp_path):
    """The GUI's export child records through the CLI's service: delivered with the file's
    hash and token; cancelled before the rename, no version and the old file kept."""
    from briefing_app.services.files import file_sha256
    from briefing_app.services.review.versions import list_versions
    from briefing_app.ui.workers import Cancelled
    from tests.services.test_pack_delivery import pack_identity

    world = build_world(db)
    out = tmp_path / "p.docx"
    export_jobs.write_pack(db.url, world["meeting"], str(out), "en", False, progress=_no_progress)
    with db.session() as s:
        (v1,) = list_versions(s, world["meeting"])
    assert (v1.delivery, v1.file_hash) == ("delivered", file_sha256(out))
    assert pack_identity(out)[0] == 1

    def cancel_at_the_end(done, total, _message):
        if done == total:
            raise Cancelled

    before = out.read_bytes()
    with pytest.raises(Cancelled):
        export_jobs.write_pack(
            db.url, world["meeting"], str(out), "en", False, progress=cancel_at_the_end
        )
    assert out.read_bytes() == before
    with db.session() as s:
        assert [v.number for v in list_versions(s, world["meeting"])] == [1]


def test_child_connection_translates_disk_full(db):
    child = export_jobs._connect(db.url)
    try:
        with child.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA max_page_count = 1")
            with pytest.raises(UserError, match="disk is full"):
                conn.exec_driver_sql("CREATE TABLE filler (x TEXT)")
                conn.exec_driver_sql("INSERT INTO filler VALUES (zeroblob(100000))")
    finally:
        child.dispose()


# -- quitting waits for background work -------------------------------------------------------


def _slow_job(started: threading.Event, *, progress):
    """Reports progress until cancelled (as an export does between steps)."""
    started.set()
    while True:
        progress(0, 1, "working")
        time.sleep(0.01)


@pytest.fixture
def window(qtbot, db):
    from briefing_app.settings import Settings
    from briefing_app.ui.main_window import MainWindow

    win = MainWindow(db, Settings())
    qtbot.addWidget(win)
    return win


def test_closing_asks_and_waits_for_running_work(qtbot, window, monkeypatch):
    from briefing_app.ui import window_lifecycle

    asked = []
    answer = {"value": False}

    def fake_confirm(parent, title, message, action):
        asked.append(message)
        return answer["value"]

    monkeypatch.setattr(window_lifecycle, "confirm", fake_confirm)
    started = threading.Event()
    pool = QThreadPool()
    task = workers.make_task(_slow_job, started)
    task.purpose = "export"
    workers.start_task(task, pool)
    assert started.wait(5)
    assert not window.close()  # the user chose to keep working
    assert asked and "still running" in asked[0]
    assert not task.is_cancelled and not task.done.is_set()
    answer["value"] = True
    assert window.close()
    assert task.is_cancelled and task.done.is_set()  # cancelled AND ended before the close
    assert workers.running_tasks() == []
    assert not window.autobackup.timer.isActive()
    pool.waitForDone(5000)


def test_closing_cancels_housekeeping_work_without_asking(qtbot, window, monkeypatch):
    from briefing_app.ui import window_lifecycle

    monkeypatch.setattr(window_lifecycle, "confirm", lambda *a: pytest.fail("asked"))
    started = threading.Event()
    pool = QThreadPool()
    task = workers.run_task(_slow_job, started, pool=pool)  # e.g. a preview build
    assert started.wait(5)
    assert window.close()
    assert task.is_cancelled and task.done.is_set()
    pool.waitForDone(5000)


# -- a GUI restore stops everything that could open the database first ------------------------


def test_restore_stops_autobackup_and_closes_meetings_before_replacing_the_file(
    qtbot, db, window, monkeypatch
):
    from briefing_app.services import backup
    from briefing_app.ui import safety_actions
    from briefing_app.ui.dialogs import backups_dialog

    world = build_world(db)
    saved = backup.backup_now(db)
    window.open_meeting(world["meeting"])
    workspace = window.meeting_tabs[world["meeting"]]
    preview_task = workspace.preview._task
    assert window.autobackup.timer.isActive()
    seen = {}
    real_restore = backups_dialog._restore_task

    def observed_restore(path, file, progress):
        seen["tabs"] = dict(window.meeting_tabs)
        seen["timer"] = window.autobackup.timer.isActive()
        seen["running"] = [t for t in workers.running_tasks() if t is not dialog.task]
        return real_restore(path, file, progress)

    monkeypatch.setattr(backups_dialog, "_restore_task", observed_restore)
    monkeypatch.setattr(backups_dialog, "confirm", lambda *a: True)
    dialog = safety_actions.open_backups(window)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.database_restored, timeout=30_000):
        dialog.restore_file(saved, "test")
    assert seen == {"tabs": {}, "timer": False, "running": []}
    assert preview_task is None or preview_task.is_cancelled or preview_task.done.is_set()
    assert window.autobackup.enabled and window.autobackup.timer.isActive()  # back on after
    window.discard_changes_and_close()


# -- a workspace closed while its preview is being built -------------------------------------


def test_task_whose_signal_source_was_deleted_ends_quietly(qtbot, capfd):
    import shiboken6

    task = workers.Task(lambda progress: progress(0, 1, "step") or "result")
    shiboken6.delete(task.signals)  # what a destroyed receiver's teardown left behind
    task.run()  # used to raise "Signal source has been deleted" on the worker thread
    assert task.done.is_set()
    assert "Signal source has been deleted" not in capfd.readouterr().err


def test_closing_a_meeting_tab_stops_its_preview_build_quietly(qtbot, db, window, capfd):
    world = build_world(db)
    pool = QThreadPool()
    workers.set_default_pool(pool)
    try:
        window.open_meeting(world["meeting"])
    finally:
        workers.set_default_pool(None)
    workspace = window.meeting_tabs[world["meeting"]]
    task = workspace.preview._task
    assert task is not None and not task.done.is_set()
    window._close_tab(window.tabs.indexOf(workspace))
    assert task.is_cancelled  # the closed tab's preview stops building
    del workspace
    qtbot.wait(20)  # deleteLater runs
    assert pool.waitForDone(30_000)
    qtbot.wait(50)  # queued results arrive for a receiver that is gone
    err = capfd.readouterr().err
    assert "Signal source has been deleted" not in err and "already deleted" not in err
