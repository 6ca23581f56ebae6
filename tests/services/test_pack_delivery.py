"""A pack file and its recorded version are one outcome (issue 13, finding 3).

Real processes and real files: the ``pack`` command is killed right after its
file is renamed into place, and run with the database on a real full disk (a
1 MB tmpfs in a private mount namespace, skipped where that is not allowed).
No file may carry a version number the database does not know, no number is
reused, and ``import-comments`` refuses a file whose version is unknown or
was never delivered.
"""

from __future__ import annotations

import json
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from sqlalchemy import text

from briefing_app.cli import run as cli
from briefing_app.db.migrate import open_database
from briefing_app.services.files import file_sha256
from briefing_app.services.pack.custom_props import VERSION_TOKEN_PROPERTY, get_custom_property
from briefing_app.services.review.versions import list_versions
from tests.services.review_data import make_meeting

#: Runs the CLI, but SIGKILLs itself as soon as a .docx has been renamed into place:
#: the moment between "the file is there" and "the database says so".
KILL_AFTER_RENAME = """
import os, signal, sys
real_replace = os.replace
def replace_then_die(src, dst, *args, **kwargs):
    real_replace(src, dst, *args, **kwargs)
    if str(dst).endswith(".docx"):
        os.kill(os.getpid(), signal.SIGKILL)
os.replace = replace_then_die
from briefing_app.cli import run
sys.exit(run(sys.argv[1:]))
"""

pytestmark = pytest.mark.both_backends


def pack_killed_after_rename(db_path: Path, out: Path, meeting: str = "Roundtable") -> None:
    """Run ``pack`` in a real process that dies (SIGKILL) right after renaming its file."""
    killed = subprocess.run(
        [sys.executable, "-c", KILL_AFTER_RENAME, "--db", str(db_path), "pack", meeting,
         "--out", str(out)],
        capture_output=True,
        text=True,
    )  # fmt: skip
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert out.exists()


def pack_identity(path: Path) -> tuple[int, str]:
    """(version number, token) a pack file carries."""
    document = docx.Document(str(path))
    return int(document.core_properties.version), get_custom_property(
        document, VERSION_TOKEN_PROPERTY
    )


def versions(db_path: Path) -> list:
    db = open_database(str(db_path))
    try:
        with db.session() as s:
            return list_versions(s, "Roundtable")
    finally:
        db.dispose()


@pytest.fixture
def meeting_db(db, db_location):
    """Where the database with the meeting is: a SQLite file's path or a server URL."""
    with db.session() as s, s.begin():
        make_meeting(s)
    db.dispose()
    return db_location


def sql(location: str, statement: str) -> list:
    """Run ``statement`` on the database at ``location`` (committed); its rows, if any."""
    db = open_database(location)
    try:
        with db.engine.begin() as conn:
            result = conn.execute(text(statement))
            return result.all() if result.returns_rows else []
    finally:
        db.dispose()


def _with_comment(pack: Path, out: Path) -> Path:
    document = docx.Document(str(pack))
    first = next(p for p in document.paragraphs if p.runs)
    document.add_comment(first.runs, "Shorten this.", author="Director Liu")
    document.save(str(out))
    return out


def test_killed_after_the_rename_leaves_a_pending_version_that_is_never_reused(
    meeting_db, tmp_path, capsys
):
    base = ["--db", str(meeting_db)]
    orphan = tmp_path / "v1.docx"
    pack_killed_after_rename(meeting_db, orphan)
    number, token = pack_identity(orphan)
    (v1,) = versions(meeting_db)  # the file's number is known: pending, with its token
    assert (v1.number, v1.delivery, v1.file_hash) == (number, "pending", "")
    assert token and not v1.is_delivered

    assert cli([*base, "versions", "Roundtable"]) == 0
    assert "v1" in (listed := capsys.readouterr().out) and "INTERRUPTED" in listed
    assert cli([*base, "pack", "Roundtable", "--out", str(tmp_path / "v2.docx")]) == 0
    assert "recorded as pack version 2 (draft)" in capsys.readouterr().out
    assert pack_identity(tmp_path / "v2.docx")[0] == 2  # the taken number is not reused
    v1, v2 = versions(meeting_db)
    assert (v2.delivery, v2.file_hash) == ("delivered", file_sha256(tmp_path / "v2.docx"))

    commented = _with_comment(orphan, tmp_path / "v1-director.docx")
    assert cli([*base, "import-comments", "Roundtable", str(commented)]) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "pack version 1 was interrupted" in err, err
    assert (versions(meeting_db)[0].comments, versions(meeting_db)[1].comments) == (0, 0)
    export = ["versions", "Roundtable", "--export", "1", "--out", str(tmp_path / "x.docx")]
    for refused in (["review", "Roundtable", "1", "--submit"], export):
        assert cli([*base, *refused]) == 2
        assert "was interrupted" in capsys.readouterr().err
    assert not (tmp_path / "x.docx").exists()
    assert cli([*base, "diff", "Roundtable"]) == 2  # v1 is nobody's default comparison
    assert "has 1 pack version(s)" in capsys.readouterr().err
    good = _with_comment(tmp_path / "v2.docx", tmp_path / "v2-director.docx")
    assert cli([*base, "import-comments", "Roundtable", str(good)]) == 0
    assert "1 comment(s) added to pack version 2" in capsys.readouterr().out


def test_a_file_not_recorded_or_claiming_another_version_is_refused(meeting_db, tmp_path, capsys):
    base = ["--db", str(meeting_db)]
    assert cli([*base, "pack", "Roundtable", "--out", str(tmp_path / "v1.docx")]) == 0
    forged = docx.Document(str(tmp_path / "v1.docx"))
    forged.core_properties.version = "2"  # v2 does not exist yet
    forged.save(str(tmp_path / "forged.docx"))
    assert cli([*base, "import-comments", "Roundtable", str(tmp_path / "forged.docx")]) == 2
    assert "is not the file recorded as version 1" in capsys.readouterr().err
    stranger = docx.Document(str(tmp_path / "v1.docx"))
    from briefing_app.services.pack.custom_props import set_custom_property

    set_custom_property(stranger, VERSION_TOKEN_PROPERTY, "not-a-token-of-ours")
    stranger.save(str(tmp_path / "stranger.docx"))
    assert cli([*base, "import-comments", "Roundtable", str(tmp_path / "stranger.docx")]) == 2
    assert "pack version 1" in (err := capsys.readouterr().err) and "not recorded" in err


def test_a_target_that_cannot_be_written_is_refused_before_a_number_is_taken(
    meeting_db, tmp_path, capsys
):
    base = ["--db", str(meeting_db)]
    blocked = tmp_path / "blocked.docx"
    blocked.mkdir()  # a folder where the file should go: os.replace fails
    assert cli([*base, "pack", "Roundtable", "--out", str(blocked)]) == 2
    capsys.readouterr()
    assert versions(meeting_db) == []
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".docx"] == ["blocked.docx"]


# -- the database's disk is full ------------------------------------------------------------

#: Inside a private mount namespace with a 1 MB tmpfs at argv[1]: copy the database
#: there, fill the disk, run ``pack`` (output outside the tmpfs), free the disk, run
#: ``pack`` again; report exit codes, messages and what the files and database say.
ON_FULL_DISK = """
import json, os, shutil, sqlite3, sys
from pathlib import Path
from briefing_app.cli import run
from briefing_app.services.pack.custom_props import VERSION_TOKEN_PROPERTY, get_custom_property
import docx

disk, source, out_dir = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
db = disk / "briefing.db"
shutil.copy(source, db)
fillers = []
try:
    while True:
        fillers.append(disk / f"filler-{len(fillers)}")
        fillers[-1].write_bytes(b"f" * 4096)
except OSError:
    fillers.pop().unlink(missing_ok=True)
for filler in fillers[-int(sys.argv[4]):]:  # leave this many 4 KB pages free
    filler.unlink()
    fillers.remove(filler)
report = {}
def pack(name):
    out = out_dir / name
    code = run(["--db", str(db), "pack", "Roundtable", "--out", str(out)])
    carried = None
    if out.exists():
        document = docx.Document(str(out))
        carried = [document.core_properties.version,
                   get_custom_property(document, VERSION_TOKEN_PROPERTY)]
    return {"code": code, "file": carried}
report["full"] = pack("full.docx")
for filler in fillers:
    filler.unlink()
report["freed"] = pack("freed.docx")
conn = sqlite3.connect(db)
report["numbers"] = [n for (n,) in conn.execute("SELECT number FROM pack_versions")]
try:
    report["rows"] = conn.execute(
        "SELECT number, delivery, token FROM pack_versions ORDER BY number").fetchall()
except sqlite3.OperationalError as exc:  # a database from before versions had a delivery
    report["rows"] = str(exc)
conn.close()
print("REPORT " + json.dumps(report))
"""


def _on_tiny_disk(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    mount = tmp_path / "tiny"
    mount.mkdir()
    if shutil.which("unshare") is None:
        pytest.skip("needs unshare(1) to mount a private tmpfs")
    command = 'mount -t tmpfs -o size=1m tmpfs "$1" && shift && exec "$@"'
    python = [sys.executable, "-c", ON_FULL_DISK, str(mount), *args]
    result = subprocess.run(
        ["unshare", "-rm", "sh", "-c", command, "sh", str(mount), *python],
        capture_output=True,
        text=True,
    )
    if "REPORT" not in result.stdout and ("mount" in result.stderr or "unshare" in result.stderr):
        pytest.skip(f"cannot mount a private tmpfs here: {result.stderr.strip()[:200]}")
    return result


@pytest.mark.sqlite_only  # the server's disk is its administrator's
def test_database_disk_full_writes_no_pack_and_takes_no_number(meeting_db, tmp_path):
    db = open_database(str(meeting_db))
    with db.session() as s, s.begin():  # a snapshot larger than the room left on the disk
        from briefing_app.db.models import Meeting

        s.query(Meeting).one().objectives = "Deepen cooperation. " * 4000
    db.dispose()
    out = tmp_path / "out"
    out.mkdir()
    result = _on_tiny_disk(tmp_path, str(meeting_db), str(out), "12")
    assert "REPORT " in result.stdout, result.stderr
    report = json.loads(result.stdout.split("REPORT ", 1)[1])
    assert report["full"]["code"] == 2, result.stderr
    message = result.stderr.strip().splitlines()[0]
    assert "disk is full" in message and len(message) <= 300, message
    assert report["full"]["file"] is None  # no pack carries a number that was never recorded
    assert report["freed"]["code"] == 0, result.stderr
    number, token = report["freed"]["file"]
    assert report["numbers"] == [1]
    assert report["rows"] == [[1, "delivered", token]] and number == "1"
    assert sorted(p.name for p in out.iterdir()) == ["freed.docx"]  # no temporary file left


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_the_token_survives_a_save_in_libreoffice(meeting_db, tmp_path, capsys):
    base = ["--db", str(meeting_db)]
    for n in (1, 2):
        assert cli([*base, "pack", "Roundtable", "--out", str(tmp_path / f"v{n}.docx")]) == 0
    saved = tmp_path / "saved"
    v1 = tmp_path / "v1.docx"
    done = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless",
         "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(saved), str(v1)],
        capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert pack_identity(saved / "v1.docx") == pack_identity(v1)
    commented = _with_comment(saved / "v1.docx", tmp_path / "v1-director.docx")
    capsys.readouterr()
    assert cli([*base, "import-comments", "Roundtable", str(commented)]) == 0
    assert "1 comment(s) added to pack version 1" in capsys.readouterr().out


@pytest.mark.sqlite_only  # holds SQLite's exclusive lock
def test_file_written_but_not_confirmed_is_one_line_and_stays_pending(meeting_db, tmp_path):
    """Another program locks the database between the file's rename and the confirmation
    (SQLite's busy timeout runs out): the user is told, the version stays pending."""
    from briefing_app.services.review.delivery import DeliveryError, generate_version

    intruder = sqlite3.connect(meeting_db, isolation_level=None)

    def lock_before_the_rename(done, total, message):
        if done == total:  # the file is saved, not yet renamed
            intruder.execute("BEGIN EXCLUSIVE")

    db = open_database(str(meeting_db))
    out = tmp_path / "v1.docx"
    try:
        with pytest.raises(DeliveryError) as info:
            generate_version(db, "Roundtable", out, progress=lock_before_the_rename)
    finally:
        intruder.execute("ROLLBACK")
        intruder.close()
        db.dispose()
    message = str(info.value)
    assert "\n" not in message and len(message) - len(str(out)) <= 220, message
    assert "written, but pack version 1 could not be marked delivered" in message
    (v1,) = versions(meeting_db)
    assert (v1.delivery, pack_identity(out)) == ("pending", (1, v1_token(meeting_db)))


def v1_token(location: str) -> str:
    return sql(location, "SELECT token FROM pack_versions WHERE number = 1")[0][0]


def _without_token(pack: Path, out: Path) -> Path:
    """``pack`` as packs were made before versions had tokens (no custom properties)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    document = docx.Document(str(pack))
    rels = document.part.package.rels
    for rid in [rid for rid, rel in rels.items() if rel.reltype == RT.CUSTOM_PROPERTIES]:
        del rels[rid]
    document.save(str(out))
    assert pack_identity(out)[1] == ""
    return out


def test_packs_from_before_tokens_match_only_versions_without_one(meeting_db, tmp_path, capsys):
    base = ["--db", str(meeting_db)]
    assert cli([*base, "pack", "Roundtable", "--out", str(tmp_path / "v1.docx")]) == 0
    old_style = _with_comment(
        _without_token(tmp_path / "v1.docx", tmp_path / "old.docx"), tmp_path / "old-c.docx"
    )
    assert cli([*base, "import-comments", "Roundtable", str(old_style)]) == 2  # v1 has a token
    assert "is not the file recorded as version 1" in capsys.readouterr().err
    sql(meeting_db, "UPDATE pack_versions SET token = '' WHERE number = 1")  # as before 0008
    assert cli([*base, "import-comments", "Roundtable", str(old_style)]) == 0
    assert "1 comment(s) added to pack version 1" in capsys.readouterr().out
