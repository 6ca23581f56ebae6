"""One writer per database file: lock file, stale-lock recovery, read-only mode, CLI."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time

import pytest
from sqlalchemy import select, text

from briefing_app import cli
from briefing_app.db.models import Organization
from briefing_app.services import lock
from briefing_app.services.environment import ReadOnlyDatabaseError
from briefing_app.services.lock import DatabaseLockedError, WriterLock

HOLDER = """
import sys, time
from briefing_app.services.lock import WriterLock
WriterLock(sys.argv[1]).acquire()
print("locked", flush=True)
time.sleep(60)
"""


@pytest.fixture
def holder(db):
    """Another process holding the writer lock on ``db``."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db.path)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout.readline().strip() == "locked"
    yield proc
    proc.kill()
    proc.wait()


def test_lock_file_says_who_and_is_removed_on_release(db):
    held = WriterLock(db.path).acquire()
    info = json.loads(lock.lock_path(db.path).read_text())
    assert info["pid"] == os.getpid() and info["host"] == socket.gethostname()
    assert info["user"] and info["started"]
    held.release()
    assert not lock.lock_path(db.path).exists()


def test_second_process_is_told_who_holds_the_lock(db, holder):
    with pytest.raises(DatabaseLockedError) as info:
        WriterLock(db.path).acquire()
    assert f"process {holder.pid}" in str(info.value)
    assert info.value.holder.pid == holder.pid


def test_stale_lock_of_killed_process_is_recovered(db, holder):
    holder.kill()
    holder.wait()
    assert lock.lock_path(db.path).exists()  # SIGKILL left the file behind
    with WriterLock(db.path) as held:
        assert held.holder().pid == os.getpid()


def test_lock_with_recycled_pid_is_stale(db):
    info = lock.LockInfo(os.getpid(), socket.gethostname(), "x", "2026-01-01T00:00", "1")
    lock.lock_path(db.path).write_text(json.dumps(info.__dict__))
    assert lock.is_stale(lock.lock_path(db.path), lock.read_lock(lock.lock_path(db.path)))


def test_lock_of_other_host_is_never_broken(db):
    info = lock.LockInfo(1, "another-laptop", "colleague", "2026-01-01T09:00")
    lock.lock_path(db.path).write_text(json.dumps(info.__dict__))
    with pytest.raises(DatabaseLockedError, match="colleague on another-laptop"):
        WriterLock(db.path).acquire()


def test_unreadable_lock_is_respected_then_recovered(db):
    path = lock.lock_path(db.path)
    path.write_text("{garbage")
    with pytest.raises(DatabaseLockedError, match="lock file unreadable"):
        WriterLock(db.path).acquire()
    old = time.time() - lock.UNREADABLE_GRACE_SECONDS - 5
    os.utime(path, (old, old))
    WriterLock(db.path).acquire().release()


def test_same_process_may_nest_locks(db):
    with WriterLock(db.path), lock.writer_lock(db):
        assert lock.lock_path(db.path).exists()
    assert not lock.lock_path(db.path).exists()


def test_cli_write_commands_respect_the_lock(db, holder, capsys, tmp_path):
    assert cli.run(["--db", str(db.path), "init"]) == 2
    assert cli.run(["--db", str(db.path), "restore", str(db.path)]) == 2
    err = capsys.readouterr().err
    assert f"process {holder.pid}" in err.splitlines()[0]
    assert cli.run(["--db", str(db.path), "backup"]) == 0  # reading is fine


def test_read_only_connection_reads_but_refuses_writes(db):
    with db.session() as s, s.begin():
        s.add(Organization(name_en="Read me", precedence_rank=1))
    ro = lock.connect_read_only(db.path, "testing")
    try:
        with ro.session() as s:
            assert s.scalars(select(Organization.name_en)).all() == ["Read me"]
        with pytest.raises(ReadOnlyDatabaseError, match="read-only"), ro.engine.begin() as conn:
            conn.execute(text("UPDATE organizations SET name_en = 'x'"))
        assert ro.read_only and ro.read_only_reason == "testing"
    finally:
        ro.dispose()
