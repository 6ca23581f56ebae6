"""Crash safety: SIGKILL real processes in the middle of their work, at random points.

Part 1 (services): SIGKILL a worker in the middle of imports, edits and backups, 40 times.

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

Part 2 (commands): the ``import`` and ``pack`` commands themselves are killed at
random points, at least 40 times each; see :func:`test_sigkill_during_import_and_pack`.
"""

from __future__ import annotations

import os
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


def _run_and_kill(path: Path, start: int, delay: float, after_commit: bool = False) -> list[str]:
    """Start a worker, let it work ``delay`` seconds (after its first commit when
    ``after_commit``), SIGKILL it; returns its output lines."""
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
    # The clock starts with the work (a loaded machine may take seconds to schedule a
    # fresh process) or, when asked, with the first commit (it may not commit in time).
    begun = proc.stdout.readline()
    while after_commit and not begun.splitlines()[-1].startswith("commit"):
        line = proc.stdout.readline()
        if not line:
            break
        begun += line
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    out, _err = proc.communicate()
    assert proc.returncode == -signal.SIGKILL
    complete = (begun + out).split("\n")[:-1]  # a line cut short by the kill is not a report
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
        lines = _run_and_kill(path, start, rng.uniform(0.05, 0.6), after_commit=not committed)
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


# -- part 2: the import and pack commands -----------------------------------------------------

#: Kills of each command; BRIEFING_APP_CRASH_KILLS=400 runs the long variant on demand.
COMMAND_KILLS = int(os.environ.get("BRIEFING_APP_CRASH_KILLS", "40"))
#: How long a command may work before the kill (seconds): a pack takes longer than an import.
KILL_WINDOW = {"import": 0.6, "pack": 1.2}
IMPORT_ORGS = 8

#: Imports the app once, then for each "op start log" line on stdin forks a child that
#: runs the real CLI (``import`` a JSON batch, or ``pack``) in a loop, writing
#: begin/commit lines to ``log``; prints the child's pid, then "dead" once it is reaped.
#: Forking skips a second of imports per run, so 80 kills take seconds, not minutes.
ZYGOTE = f"""
import json, os, sys
from briefing_app.cli import run
import briefing_app.commands.import_data, briefing_app.commands.pack
from briefing_app.services.interchange import apply
from briefing_app.services.review import delivery
from briefing_app.services.pack import render

path, out_dir = sys.argv[1], sys.argv[2]

def warm_up():
    # One import and one pack on a scratch copy: the children start warm (compiled SQL,
    # parsed template), as a long-running app would be. No connection stays open.
    import shutil, tempfile
    with tempfile.TemporaryDirectory() as scratch:
        copy = os.path.join(scratch, "warm.db")
        shutil.copy(path, copy)
        sys.stdout = open(os.devnull, "w")
        run(["--db", copy, "import", batch(0, scratch)])
        run(["--db", copy, "pack", "Roundtable", "--out", os.path.join(scratch, "warm.docx")])
        sys.stdout = sys.__stdout__

def batch(k, folder=None):
    orgs = [{{"uid": f"IMP-{{k}}-{{i}}", "name_en": f"Imported {{k}}-{{i}}",
              "notes": f"import-{{k}}", "precedence_rank": 100 + i}} for i in range({IMPORT_ORGS})]
    people = [{{"uid": f"IMPP-{{k}}-{{i}}-{{j}}", "organization": f"IMP-{{k}}-{{i}}",
                "family_name": f"Imported{{k}}x{{i}}x{{j}}"}} for i in range({IMPORT_ORGS})
              for j in range(2)]
    file = os.path.join(folder or os.path.join(out_dir, "json"), f"batch-{{k}}.json")
    with open(file, "w") as fh:
        json.dump({{"format": "briefing-app", "version": 1, "organizations": orgs,
                   "people": people}}, fh)
    return file

def work(op, start, log):
    fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    err = os.open(log + ".err", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    os.dup2(err, 2)
    sys.stdout = open(os.devnull, "w")
    for k in range(start, start + 100000):
        if op == "import":
            args = ["import", batch(k)]
        else:
            args = ["pack", "Roundtable", "--out", os.path.join(out_dir, f"pack-{{k}}.docx")]
        os.write(fd, f"begin {{op}} {{k}}\\n".encode())
        code = run(["--db", path, *args])
        os.write(fd, f"{{'commit' if code == 0 else 'error'}} {{op}} {{k}}\\n".encode())

warm_up()
print("ready", flush=True)
for line in sys.stdin:
    op, start, log = line.split()
    pid = os.fork()
    if pid == 0:
        try:
            work(op, int(start), log)
        finally:
            os._exit(3)
    print(pid, flush=True)
    _pid, status = os.waitpid(pid, 0)
    print("dead", status, flush=True)
"""


class _Zygote:
    """The forking worker process of :data:`ZYGOTE`."""

    def __init__(self, path: Path, out_dir: Path):
        self.proc = subprocess.Popen(
            [sys.executable, "-c", ZYGOTE, str(path), str(out_dir)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        ready = self.proc.stdout.readline()
        assert ready == "ready\n", ready

    def run_and_kill(self, op: str, start: int, delay: float, log: Path) -> list[str]:
        """Fork a worker doing ``op`` from ``start``, SIGKILL it after ``delay`` s; its lines."""
        self.proc.stdin.write(f"{op} {start} {log}\n")
        self.proc.stdin.flush()
        pid = int(self.proc.stdout.readline())
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
        dead = self.proc.stdout.readline().split()
        assert dead[0] == "dead" and os.WIFSIGNALED(int(dead[1])), (dead, log.read_text())
        assert os.WTERMSIG(int(dead[1])) == signal.SIGKILL
        lines = log.read_text().splitlines()
        errors = [line for line in lines if line.startswith("error")]
        assert not errors, (errors, Path(f"{log}.err").read_text()[-2000:])
        return lines

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


def _pack_identity(file: Path) -> tuple[int, str] | None:
    """(number, token) a .docx carries; None for a temporary file cut short by the kill."""
    import docx

    from briefing_app.services.pack.custom_props import (
        VERSION_TOKEN_PROPERTY,
        get_custom_property,
    )

    try:
        document = docx.Document(str(file))
    except Exception:  # a half-written zip (only ever a hidden temporary file)
        return None
    token = get_custom_property(document, VERSION_TOKEN_PROPERTY)
    return int(document.core_properties.version), token


class _Ledger:
    """What the command kills may leave, checked after every kill."""

    def __init__(self, path: Path, out_dir: Path):
        self.path, self.out_dir = path, out_dir
        self.committed: set[tuple[str, int]] = set()
        self.versions: dict[int, int] = {}  # version id -> number, every version ever seen
        self.files: dict[str, tuple[int, str] | None] = {}

    def verify(self) -> dict[str, int]:
        report = check_database(self.path)
        assert report.ok, report.problems
        self._imports()
        rows = self._versions()
        stats = self._files(rows)
        for _number, delivery, _digest in rows.values():
            stats[f"{delivery} records"] = stats.get(f"{delivery} records", 0) + 1
        return stats

    def _imports(self) -> None:
        conn = sqlite3.connect(self.path)
        try:
            orgs = dict(conn.execute(
                "SELECT notes, count(*) FROM organizations WHERE notes LIKE 'import-%' "
                "GROUP BY notes").fetchall())  # fmt: skip
            people = dict(conn.execute(
                "SELECT o.notes, count(*) FROM people p JOIN organizations o "
                "ON o.id = p.organization_id WHERE o.notes LIKE 'import-%' GROUP BY o.notes"
            ).fetchall())  # fmt: skip
        finally:
            conn.close()
        assert set(orgs.values()) <= {IMPORT_ORGS}, orgs  # every import whole, never partial
        assert people == {tag: 2 * IMPORT_ORGS for tag in orgs}, people
        for op, k in self.committed:
            if op == "import":
                assert orgs.get(f"import-{k}") == IMPORT_ORGS, f"committed import {k} lost"

    def _versions(self) -> dict[str, tuple[int, str, str]]:
        """Every recorded file by token: (its version's number, delivery, hash). A pack
        of unchanged content is another file of the same version (review/identity.py)."""
        conn = sqlite3.connect(self.path)
        try:
            found = conn.execute(
                "SELECT f.token, v.number, f.delivery, f.file_hash, v.id FROM pack_files f "
                "JOIN pack_versions v ON v.id = f.pack_version_id"
            ).fetchall()
        finally:
            conn.close()
        rows = {token: (number, delivery, digest) for token, number, delivery, digest, _ in found}
        assert len(rows) == len(found) and not {"", None} & set(rows), found  # a token a file
        numbers = {version: number for _t, number, _d, _h, version in found}
        for version, number in self.versions.items():  # a number once taken stays taken
            assert numbers.get(version) == number, f"version {number} vanished"
        latest = max(self.versions.values(), default=0)
        new = [number for version, number in numbers.items() if version not in self.versions]
        assert all(number > latest for number in new), (latest, new)  # never reused
        self.versions.update(numbers)
        return rows

    def _files(self, rows) -> dict[str, int]:
        from briefing_app.services.files import file_sha256

        tokens: dict[str, str] = {}
        stats = {"pending": 0, "delivered": 0, "cut short": 0}  # files
        for file in sorted(self.out_dir.glob("*.docx")) + sorted(self.out_dir.glob(".*.docx")):
            if file.name not in self.files:
                self.files[file.name] = _pack_identity(file)
            identity = self.files[file.name]
            if identity is None:
                assert file.name.startswith("."), f"{file.name} is a damaged pack"
                stats["cut short"] += 1
                continue
            number, token = identity
            assert token in rows, f"{file.name} says version {number}, unknown to the database"
            recorded, delivery, digest = rows[token]
            assert recorded == number, (file.name, number, recorded)
            assert tokens.setdefault(token, file.name) == file.name, f"two files have {token}"
            stats[delivery] += 1
            if delivery == "delivered" and not file.name.startswith("."):
                assert file_sha256(file) == digest, f"{file.name} is not the delivered file"
        for op, k in self.committed:
            if op == "pack":
                number, token = self.files[f"pack-{k}.docx"]
                assert rows[token][1] == "delivered", f"committed pack {k} not delivered"
        return stats


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and POSIX signals")
def test_sigkill_during_import_and_pack(tmp_path):
    """``import`` and ``pack`` killed at random points, 40 times each: every import whole
    or absent; every pack file carries a version the database knows (pending or
    delivered, its token matching), no number is ever reused, delivered files match
    their hash, and the database stays consistent."""
    from briefing_app.cli import run as cli_run
    from briefing_app.db.migrate import open_database
    from tests.services.review_data import make_meeting

    path, out_dir = tmp_path / "crash.db", tmp_path / "out"
    (out_dir / "json").mkdir(parents=True)
    db = open_database(str(path))
    with db.session() as s, s.begin():
        make_meeting(s)
    db.dispose()
    rng = random.Random(20261207)
    ledger, zygote = _Ledger(path, out_dir), _Zygote(path, out_dir)
    inside = {"import": 0, "pack": 0}
    start = 1
    try:
        for run in range(2 * COMMAND_KILLS):
            op = ("import", "pack")[run % 2]
            lines = zygote.run_and_kill(
                op, start, rng.uniform(0.02, KILL_WINDOW[op]), tmp_path / "log"
            )
            for line in lines:
                word, _op, k = line.split()
                if word == "commit":
                    ledger.committed.add((op, int(k)))
            inside[op] += bool(lines) and lines[-1].startswith("begin")
            start += len(lines) + 1
            ledger.verify()
    finally:
        zygote.close()
    last = out_dir / "after-the-kills.docx"  # and then a pack runs to the end, as ever
    assert cli_run(["--db", str(path), "pack", "Roundtable", "--out", str(last)]) == 0
    stats = ledger.verify()
    number, _token = ledger.files[last.name]
    assert number == max(ledger.versions.values())
    print(
        f"\n{2 * COMMAND_KILLS} SIGKILLs of import and pack, inside the command: {inside}; "
        f"{len(ledger.committed)} commands completed; pack files: {stats}",
        flush=True,
    )
    assert min(inside.values()) >= COMMAND_KILLS // 2  # most kills really hit a command
    assert stats["delivered"] > 0, stats
