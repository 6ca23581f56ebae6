"""Hostile and broken environments, with real files: disk full, read-only file and
folder, network paths, and a collection of bad database files."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import event, func, select, text

from briefing_app import cli
from briefing_app.db.migrate import DatabaseOpenError, open_database
from briefing_app.db.models import Organization
from briefing_app.services import backup, environment, library
from briefing_app.services.check import diagnose_for_open
from briefing_app.services.environment import DiskFullError, ReadOnlyDatabaseError
from briefing_app.services.lock import connect_read_only


def _count(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Organization))


# -- disk full ------------------------------------------------------------------------------


@pytest.fixture
def nearly_full(db):
    """``db`` whose connections may grow the file by only a few pages (SQLite's max_page_count)."""
    with db.session() as s, s.begin():
        for i in range(5):
            s.add(Organization(name_en=f"Existing {i}", precedence_rank=i))
    db.engine.dispose()
    limit = {"pages": None}

    def cap(dbapi_connection, _record):
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        cap_at = limit["pages"] or pages + 3
        dbapi_connection.execute(f"PRAGMA max_page_count = {cap_at}")

    event.listen(db.engine, "connect", cap)
    environment.install_storage_errors(db.engine)
    return db, limit


def test_disk_full_while_saving_is_a_clear_message_and_nothing_is_lost(nearly_full):
    db, limit = nearly_full
    big = "x" * 3000
    with (
        pytest.raises(DiskFullError, match="the disk is full") as info,
        db.session() as s,
        s.begin(),
    ):
        for i in range(200):
            library.create(s, "organization", {"name_en": f"New {i}", "notes": big})
    assert str(db.path) in str(info.value)
    assert _count(db) == 5  # the failed transaction left nothing behind, lost nothing
    assert diagnose_for_open(db.path) is None
    # the app carries on: reading works, and once there is room again, saving works
    limit["pages"] = 100_000
    db.engine.dispose()
    with db.session() as s, s.begin():
        library.create(s, "organization", {"name_en": "After freeing space"})
    assert _count(db) == 6


@pytest.fixture
def tiny_disk(tmp_path):
    """A real 1 MB filesystem (tmpfs); skipped where mounting is not allowed."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)], capture_output=True
    )
    if result.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs privileges)")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def test_really_full_disk_while_saving(tiny_disk, capsys):
    db = open_database(str(tiny_disk / "briefing.db"))
    environment.install_storage_errors(db.engine)
    with db.session() as s, s.begin():
        s.add(Organization(name_en="Kept safe", precedence_rank=1))
    with pytest.raises(DiskFullError, match="the disk is full"):
        for batch in range(100):  # each batch its own transaction, until the disk is full
            with db.session() as s, s.begin():
                for i in range(50):
                    s.add(Organization(name_en=f"Filler {batch}-{i}", notes="z" * 2000))
    saved = _count(db)
    assert saved >= 1
    with db.session() as s:
        assert s.scalar(select(Organization.name_en).where(Organization.id == 1)) == "Kept safe"
    db.dispose()
    assert diagnose_for_open(tiny_disk / "briefing.db") is None  # intact after ENOSPC
    db = open_database(str(tiny_disk / "briefing.db"))
    assert _count(db) == saved  # every committed batch, and no part of the failed one
    db.dispose()


def test_backup_to_a_full_disk_leaves_no_half_backup(db, tiny_disk):
    with db.session() as s, s.begin():
        for i in range(200):
            s.add(Organization(name_en=f"Precious {i}", notes="p" * 5000))
    target = tiny_disk / "backup.db"
    with pytest.raises(backup.BackupError, match=r"disk is full|No space"):
        backup.backup_now(db, out=target)
    assert list(tiny_disk.iterdir()) == []  # no half backup, no temporary file
    assert _count(db) == 200
    with pytest.raises(backup.BackupError, match="not a regular file"):
        backup.backup_now(db, out=Path("/dev/null"))


# -- read-only file or folder ---------------------------------------------------------------


@pytest.fixture
def restore_modes():
    changed: list[tuple[Path, int]] = []

    def make_read_only(path: Path) -> None:
        changed.append((path, path.stat().st_mode))
        path.chmod(stat.S_IMODE(path.stat().st_mode) & ~0o222)

    yield make_read_only
    for path, mode in reversed(changed):
        path.chmod(mode)


@pytest.mark.parametrize("what", ["file", "folder"])
def test_read_only_database_is_detected_and_opened_read_only(db, restore_modes, what):
    with db.session() as s, s.begin():
        s.add(Organization(name_en="Readable"))
    db.dispose()
    restore_modes(db.path if what == "file" else db.path.parent)
    reason = environment.read_only_reason(db.path)
    assert reason and what in reason and "read-only" in reason
    ro = connect_read_only(db.path, reason)
    try:
        assert _count(ro) == 1
        with pytest.raises(ReadOnlyDatabaseError, match="read-only"), ro.session() as s, s.begin():
            s.execute(text("UPDATE organizations SET name_en = 'changed'"))
        assert _count(ro) == 1
    finally:
        ro.dispose()


def test_writable_location_has_no_read_only_reason(db):
    assert environment.read_only_reason(db.path) is None


# -- network paths --------------------------------------------------------------------------


def test_network_paths_are_warned_about(tmp_path):
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/sda1 / ext4 rw 0 0\n"
        "server:/export /mnt/office nfs4 rw 0 0\n"
        "//fs/protocol /media/share\\040drive cifs rw 0 0\n"
        "tmpfs /mnt/office/local tmpfs rw 0 0\n"
    )
    table = environment.read_mounts(mounts)
    assert environment.network_kind("/mnt/office/briefing.db", table) == "nfs4"
    assert environment.network_kind("/media/share drive/b.db", table) == "cifs"
    assert environment.network_kind("/mnt/office/local/b.db", table) == ""
    assert environment.network_kind("/home/me/b.db", table) == ""
    assert environment.network_kind(r"\\fileserver\protocol\briefing.db") == "UNC path"
    assert environment.network_kind("//fileserver/protocol/briefing.db") == "UNC path"
    warning = environment.network_warning("/mnt/office/briefing.db", table)
    assert "network drive" in warning and "nfs4" in warning
    assert environment.network_warning(tmp_path / "local.db") is None  # this machine's /proc


# -- bad database files ---------------------------------------------------------------------


def _newer_schema(path: Path, good: Path) -> None:
    path.write_bytes(good.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '0099_future'")
    conn.commit()
    conn.close()


def _other_program(path: Path, _good: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_cookies (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO moz_cookies (name) VALUES ('x')")
    conn.commit()
    conn.close()


def _scribbled(path: Path, good: Path) -> None:
    data = bytearray(good.read_bytes())
    for offset in range(4096, len(data), 4096):
        data[offset : offset + 100] = os.urandom(100)
    path.write_bytes(bytes(data))


BAD_FILES = {
    "text file": lambda p, g: p.write_text("Agenda for the roundtable\n" * 50),
    "word document": lambda p, g: p.write_bytes(b"PK\x03\x04" + os.urandom(3000)),
    "random bytes": lambda p, g: p.write_bytes(os.urandom(8192)),
    "truncated to half": lambda p, g: p.write_bytes(g.read_bytes()[: g.stat().st_size // 2]),
    "header only": lambda p, g: p.write_bytes(g.read_bytes()[:100]),
    "zeroed header": lambda p, g: p.write_bytes(b"\0" * 100 + g.read_bytes()[100:]),
    "scribbled pages": _scribbled,
    "another program's database": _other_program,
    "newer schema": _newer_schema,
}


@pytest.fixture(scope="module")
def good_file(tmp_path_factory):
    folder = tmp_path_factory.mktemp("good")
    db = open_database(str(folder / "good.db"))
    with db.session() as s, s.begin():
        for i in range(300):
            s.add(Organization(name_en=f"Agency {i}", mandate="m" * 500, precedence_rank=i))
    db.dispose()
    conn = sqlite3.connect(folder / "good.db")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    return folder / "good.db"


@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_bad_database_files_get_a_clear_message(tmp_path, good_file, kind, capsys):
    path = tmp_path / "briefing.db"
    BAD_FILES[kind](path, good_file)
    problem = diagnose_for_open(path)
    assert problem and str(path) in problem and "Traceback" not in problem
    assert cli.run(["--db", str(path), "check"]) == 2
    assert "problem(s) found" in capsys.readouterr().out
    code = cli.run(["--db", str(path), "backup", "--list"])  # harmless commands still run
    assert code == 0
    with pytest.raises(backup.NotABackupError):
        backup.validate_backup(path)


@pytest.mark.parametrize("kind", ["text file", "another program's database", "newer schema"])
def test_opening_bad_files_raises_database_open_error(tmp_path, good_file, kind):
    path = tmp_path / "briefing.db"
    BAD_FILES[kind](path, good_file)
    before = _dump(path)
    with pytest.raises(DatabaseOpenError):
        open_database(str(path))
    assert _dump(path) == before  # never "repaired" or migrated


def _dump(path: Path) -> list[str] | bytes:
    try:
        conn = sqlite3.connect(path)
        try:
            return list(conn.iterdump())
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return path.read_bytes()
