"""The CLI reads a WAL database on a read-only file system (issue 13, finding 9).

The folder is made really read-only: a read-only bind mount when we are root
(root may write anywhere else, so permission bits would prove nothing), its
permission bits otherwise. SQLite then cannot create the ``-shm`` a WAL
database needs; every command that only reads must still work, and commands
that write say so in one line.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import uuid

import pytest

from briefing_app.cli import run


def _mount_read_only(source, target) -> None:
    target.mkdir()
    for command in (
        ["mount", "--bind", str(source), str(target)],
        ["mount", "-o", "remount,bind,ro", str(target)],
    ):
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0:
            subprocess.run(["umount", str(target)], capture_output=True)
            pytest.skip(f"root, but a read-only bind mount is refused: {done.stderr.strip()}")


@pytest.fixture
def read_only_folder(tmp_path):
    """(writable source folder, the same folder read-only); files go in the source first."""
    source = tmp_path / "source"
    source.mkdir()
    if os.geteuid() != 0:
        yield source, source
        source.chmod(0o755)
        return
    target = tmp_path / f"media-{uuid.uuid4().hex[:6]}"
    mounted = False

    def mount() -> None:
        nonlocal mounted
        _mount_read_only(source, target)
        mounted = True

    yield source, target, mount
    if mounted:
        subprocess.run(["umount", str(target)], check=True)


def _make_read_only(folder_fixture):
    source, target, *mount = folder_fixture
    if mount:
        mount[0]()
    else:
        source.chmod(0o555)
    with pytest.raises(OSError):
        (target / "probe").write_bytes(b"")
    return target


def _wal_mode(path) -> bool:
    with open(path, "rb") as fh:
        header = fh.read(20)
    return header[18:20] == b"\x02\x02"  # read and write format 2: WAL


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "briefing_app", *args],
        capture_output=True,
        text=True,
        timeout=180,
    )


def test_every_read_only_command_reads_a_wal_database_on_read_only_media(
    read_only_folder, tmp_path
):
    source = read_only_folder[0]
    assert run(["--db", str(source / "d.db"), "init", "--demo"]) == 0
    assert _wal_mode(source / "d.db") and not (source / "d.db-shm").exists()
    media = _make_read_only(read_only_folder)
    db = str(media / "d.db")
    out = tmp_path / "out"
    out.mkdir()
    commands = {
        "meetings": (["meetings"], "Roundtable 2022"),
        "export-data": (["export-data", "--out", str(out / "d.json")], "wrote 16 organizations"),
        "participants": (["participants", "1", "--out", str(out / "p.xlsx")], "participant(s)"),
        "check": (["check"], "OK — integrity check passed"),
        "import --dry-run": (["import", "--dry-run", str(out / "d.json")], "valid"),
        "comments": (["comments", "1"], "no comments"),
        "backup --out": (["backup", "--out", str(out / "copy.db")], "backed up to"),
    }
    for name, (args, expected) in commands.items():
        done = _cli("--db", db, *args)
        assert (done.returncode, expected in done.stdout) == (0, True), (name, done.stderr)
    assert sorted(p.name for p in media.iterdir()) == ["d.db"]  # nothing written beside it
    with sqlite3.connect(out / "copy.db") as copy:
        assert copy.execute("SELECT count(*) FROM organizations").fetchone()[0] == 16


def test_a_command_that_writes_says_why_in_one_line(read_only_folder, tmp_path):
    source = read_only_folder[0]
    assert run(["--db", str(source / "d.db"), "init", "--demo"]) == 0
    media = _make_read_only(read_only_folder)
    done = _cli("--db", str(media / "d.db"), "pack", "1", "--out", str(tmp_path / "p.docx"))
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1
    assert "this command changes the database" in done.stderr
    assert "read-only" in done.stderr and "Traceback" not in done.stderr


def test_unread_changes_in_a_wal_file_are_not_silently_skipped(read_only_folder, tmp_path):
    """A -wal still holding changes cannot be read without writing beside it: say so."""
    source = read_only_folder[0]
    live = tmp_path / "live"
    live.mkdir()
    assert run(["--db", str(live / "d.db"), "init", "--demo"]) == 0
    conn = sqlite3.connect(live / "d.db")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE meetings SET title = 'Renamed after the last checkpoint'")
    conn.commit()
    for name in ("d.db", "d.db-wal"):  # copied as a crashed app leaves them
        shutil.copyfile(live / name, source / name)
    conn.close()
    media = _make_read_only(read_only_folder)
    done = _cli("--db", str(media / "d.db"), "meetings")
    assert done.returncode == 2, done.stdout
    assert "its last changes are still in d.db-wal" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    checked = _cli("--db", str(media / "d.db"), "check")  # a report, not a failure
    assert checked.returncode == 2 and "its last changes are still in d.db-wal" in checked.stdout
