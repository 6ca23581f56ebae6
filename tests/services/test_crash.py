"""Crash safety: SIGKILL a real process in the middle of imports, edits and backups, 40 times.

A worker process takes the writer lock (as the app and CLI commands do) and
loops over three kinds of work, printing ``begin``/``commit`` around each
transaction:

* import: a batch of organizations, each with two people, in one transaction
  (``services.library.create``, the editors' own validation path);
* edit: every "anchor" organization gets the same new mandate in one
  transaction (``services.conflicts.save_with_version``);
* backup: ``services.backup.backup_now``.

After each kill the database must pass ``integrity_check`` and
``foreign_key_check``, every batch must be complete or absent, the anchors
must all carry the same edit, everything the worker reported committed must be
there, every backup file must be valid, and the next worker must recover the
stale lock.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefing_app import paths
from briefing_app.services import backup
from briefing_app.services.check import check_database
from briefing_app.services.lock import WriterLock, lock_path

KILLS = 40
BATCH = 30
ANCHORS = 20

WORKER = f"""
import sys
from briefing_app.db.migrate import open_database
from briefing_app.db.models import Organization
from briefing_app.services import backup, library
from briefing_app.services.conflicts import save_with_version
from briefing_app.services.lock import WriterLock
from sqlalchemy import select

path, start = sys.argv[1], int(sys.argv[2])
lock = WriterLock(path).acquire()
db = open_database(path)
print("ready", flush=True)
for k in range(start, start + 100000):
    op = ("import", "edit", "import", "edit", "backup")[k % 5]
    print("begin", op, k, flush=True)
    if op == "import":
        with db.session() as s, s.begin():
            for i in range({BATCH}):
                org = library.create(s, "organization", {{
                    "name_en": f"Agency {{k}}-{{i}}", "notes": f"batch-{{k}}",
                    "precedence_rank": i}})
                for j in range(2):
                    library.create(s, "person", {{
                        "organization_id": org.id, "family_name": f"P{{k}}-{{i}}-{{j}}",
                        "notes": f"batch-{{k}}"}})
    elif op == "edit":
        with db.session() as s, s.begin():
            anchors = s.execute(select(Organization.id, Organization.version)
                                .where(Organization.notes == "anchor")).all()
            for org_id, version in anchors:
                save_with_version(s, Organization, org_id, version, {{"mandate": f"gen-{{k}}"}})
    else:
        backup.backup_now(db, "auto")
    print("commit", op, k, flush=True)
"""


def _seed(path: Path) -> None:
    from briefing_app.db.migrate import open_database
    from briefing_app.db.models import Organization

    db = open_database(str(path))
    with db.session() as s, s.begin():
        for i in range(ANCHORS):
            s.add(Organization(name_en=f"Anchor {i}", notes="anchor", mandate="gen-0"))
    db.dispose()


def _run_and_kill(path: Path, start: int, delay: float) -> list[str]:
    """Start a worker, let it work ``delay`` seconds, SIGKILL it; returns its output lines."""
    proc = subprocess.Popen(
        [sys.executable, "-c", WORKER, str(path), str(start)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    first = proc.stdout.readline()
    if first.strip() != "ready":
        proc.kill()
        pytest.fail(f"worker did not start: {first} {proc.stderr.read()}")
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    out, _err = proc.communicate()
    assert proc.returncode == -signal.SIGKILL
    complete = out.split("\n")[:-1]  # a line cut short by the kill is not a report
    return [line for line in complete if len(line.split()) == 3]


def _verify(path: Path, committed: set[tuple[str, int]]) -> dict[str, int]:
    report = check_database(path)
    assert report.ok, report.problems
    conn = sqlite3.connect(path)
    try:
        orgs = dict(
            conn.execute(
                "SELECT notes, count(*) FROM organizations WHERE notes LIKE 'batch-%' "
                "GROUP BY notes"
            ).fetchall()
        )
        people = dict(
            conn.execute(
                "SELECT notes, count(*) FROM people WHERE notes LIKE 'batch-%' GROUP BY notes"
            ).fetchall()
        )
        mandates = conn.execute(
            "SELECT DISTINCT mandate, version FROM organizations WHERE notes = 'anchor'"
        ).fetchall()
    finally:
        conn.close()
    assert set(orgs.values()) <= {BATCH}, orgs  # every batch whole, never partial
    assert all(people[tag] == 2 * BATCH for tag in orgs) and set(people) == set(orgs)
    assert len(mandates) == 1, mandates  # one edit transaction: all anchors or none
    for op, k in committed:
        if op == "import":
            assert orgs.get(f"batch-{k}") == BATCH, f"committed batch {k} lost"
    last_edit = max((k for op, k in committed if op == "edit"), default=None)
    if last_edit is not None:
        edit_no = int(mandates[0][0].split("-")[1])
        assert edit_no >= last_edit, f"committed edit {last_edit} lost"
    for file in paths.backups_dir(path).glob("*.db"):
        backup.validate_backup(file)  # no torn backup ever looks whole
    return {"batches": len(orgs)}


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_sigkill_during_imports_edits_and_backups(tmp_path):
    path = tmp_path / "crash.db"
    _seed(path)
    rng = random.Random(20260601)
    committed: set[tuple[str, int]] = set()
    mid_transaction = 0
    start = 1
    for _run in range(KILLS):
        lines = _run_and_kill(path, start, rng.uniform(0.05, 0.6))
        for line in lines:
            parts = line.split()
            if parts[0] == "commit":
                committed.add((parts[1], int(parts[2])))
        if lines and lines[-1].startswith("begin"):
            mid_transaction += 1
        last = [int(line.split()[2]) for line in lines if line.startswith(("begin", "commit"))]
        start = (max(last) if last else start) + 1
        start += (5 - start % 5) % 5  # each run begins with an import
        _verify(path, committed)
    stats = _verify(path, committed)
    print(
        f"\n{KILLS} SIGKILLs, {mid_transaction} inside a transaction or backup; "
        f"{len(committed)} committed operations all present; {stats['batches']} batches whole"
    )
    assert mid_transaction >= KILLS // 2  # most kills really hit work in progress
    assert len(committed) > 0
    assert lock_path(path).exists()  # the last worker died holding the lock...
    WriterLock(path).acquire().release()  # ...and it is recovered as stale
