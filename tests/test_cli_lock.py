"""CLI write commands respect the writer lock the desktop app holds; reads do not need it."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from briefing_app.cli import run
from briefing_app.services.backup import list_backups

HOLD = (
    "import sys, time; from briefing_app.services.lock import WriterLock; "
    "WriterLock(sys.argv[1]).acquire(); print('held', flush=True); time.sleep(60)"
)


@pytest.fixture
def demo_file(tmp_path):
    path = tmp_path / "demo.db"
    assert run(["--db", str(path), "init", "--demo"]) == 0
    return path


@pytest.fixture
def held_by_other_process(demo_file):
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(demo_file)], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout.readline().strip() == "held"
    yield holder
    holder.kill()
    holder.wait()


@pytest.mark.parametrize(
    "command",
    [
        ["init", "--demo"],
        ["pack", "Roundtable", "--out", "{tmp}/pack.docx"],
        ["import-participants", "Roundtable", "{tmp}/list.xlsx", "--apply"],
        ["comments", "Roundtable", "--add", "x", "--version", "1"],
    ],
    ids=lambda c: c[0],
)
def test_write_commands_are_refused_while_another_process_writes(
    demo_file, held_by_other_process, tmp_path, capsys, command
):
    before = demo_file.read_bytes()
    args = [a.replace("{tmp}", str(tmp_path)) for a in command]
    assert run(["--db", str(demo_file), *args]) == 2
    err = capsys.readouterr().err
    assert "in use" in err or "is open" in err or "lock" in err, err
    assert err.count("\n") == 1  # one clear line, no traceback
    assert demo_file.read_bytes() == before
    assert not (tmp_path / "pack.docx").exists()


def test_read_commands_work_while_another_process_writes(
    demo_file, held_by_other_process, tmp_path, capsys
):
    assert run(["--db", str(demo_file), "meetings"]) == 0
    assert "Roundtable 2022" in capsys.readouterr().out
    out = tmp_path / "list.xlsx"
    assert run(["--db", str(demo_file), "participants", "1", "--out", str(out)]) == 0


def test_lock_is_released_after_a_write_command(demo_file, tmp_path):
    assert run(["--db", str(demo_file), "pack", "1", "--out", str(tmp_path / "a.docx")]) == 0
    started = time.monotonic()
    assert run(["--db", str(demo_file), "pack", "1", "--out", str(tmp_path / "b.docx")]) == 0
    assert time.monotonic() - started < 30
    assert not list(tmp_path.glob("*.lock"))


def test_imports_are_preceded_by_a_backup(demo_file, tmp_path):
    out = tmp_path / "data.json"
    assert run(["--db", str(demo_file), "export-data", "--out", str(out)]) == 0
    assert run(["--db", str(demo_file), "import", str(out)]) == 0
    reasons = [b.path.name for b in list_backups(demo_file)]
    assert any("before-import" in name for name in reasons), reasons


def test_unexpected_errors_go_to_the_log_file_not_the_screen(demo_file, capsys, monkeypatch):
    from briefing_app import paths
    from briefing_app.commands import meetings

    def boom(args):
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(meetings, "run", boom)
    assert run(["--db", str(demo_file), "meetings"]) == 1
    err = capsys.readouterr().err
    assert "unexpected error: RuntimeError: simulated bug" in err and "Traceback" not in err
    assert "Traceback" in paths.log_file().read_text(encoding="utf-8")


def test_unusable_data_folder_is_one_clear_line(demo_file, tmp_path, capsys, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("BRIEFING_APP_HOME", str(blocker / "home"))
    assert run(["--db", str(demo_file), "backup"]) == 2
    err = capsys.readouterr().err
    assert "cannot use the data folder" in err and "BRIEFING_APP_HOME" in err
    assert "Traceback" not in err
