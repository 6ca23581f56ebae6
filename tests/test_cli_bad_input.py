"""Issue 13, findings 8 and 10: bad input always gets exit 2 and ONE line of at
most 300 characters naming the file, record and field (never "unexpected
error", never a traceback); import refuses what export would refuse, local
times a daylight-saving change skips or repeats, and uids that are not uids."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys

import pytest

from briefing_app import paths
from briefing_app.cli import run
from briefing_app.errors import LINE_LIMIT
from tests.services.test_interchange_roundtrip import full_document


def _one_error_line(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.endswith("\n"), err[:2000]
    line = err.rstrip("\n")
    assert len(line) <= LINE_LIMIT and "Traceback" not in err and "unexpected" not in err
    return line


def _import(tmp_path, doc, *extra, name="data.json", raw: str | None = None) -> int:
    data = tmp_path / name
    data.write_text(raw if raw is not None else json.dumps(doc), encoding="utf-8")
    return run(["--db", str(tmp_path / "x.db"), "import", str(data), *extra])


def _refused(tmp_path, capsys, doc=None, raw=None) -> str:
    """The one line ``import`` (dry run first, then for real) refuses the file with."""
    lines = []
    for extra in (["--dry-run"], []):
        assert _import(tmp_path, doc, *extra, raw=raw) == 2
        lines.append(_one_error_line(capsys))
    assert lines[0] == lines[1] and lines[0].startswith(f"briefing-app: {tmp_path / 'data.json'}: ")
    return lines[0]


# --- finding 8: exit 1 where bad input should get exit 2 and one line ------------------


def test_a_rank_the_database_cannot_store_is_refused_even_by_dry_run(tmp_path, capsys):
    doc = full_document()
    doc["organizations"][0]["precedence_rank"] = 10**30
    line = _refused(tmp_path, capsys, doc)
    assert "organizations[0].precedence_rank: expected a whole number from" in line
    assert "from -2147483648 to 2147483647" in line


def test_a_number_of_5000_digits_names_its_field(tmp_path, capsys):
    raw = json.dumps(full_document()).replace('"rank": 1', '"rank": ' + "9" * 5000, 1)
    line = _refused(tmp_path, capsys, raw=raw)
    assert line.endswith("people[0].rank: expected a whole number, got a number of 5000 digits")


def test_a_one_megabyte_value_is_not_echoed_whole(tmp_path, capsys):
    doc = full_document()
    doc["people"][0]["organization"] = "Y" * 1_000_000
    line = _refused(tmp_path, capsys, doc)
    assert 'people[0].organization: unknown organization "YYYY' in line and "…" in line


def test_many_problems_one_line_and_the_full_list_in_the_log(tmp_path, capsys):
    doc = full_document()
    for person in doc["people"]:
        person["rank"] = "first"
    for organization in doc["organizations"]:
        organization["precedence_rank"] = "a rank written out in words, not a number"
    doc["meetings"][0]["timezone"] = "Asia"
    line = _refused(tmp_path, capsys, doc)
    assert "more problem(s) (all of them in " in line
    log = paths.log_file().read_text(encoding="utf-8")
    assert 'meetings[0].timezone: unknown time zone "Asia"' in log
    assert 'people[0].rank: expected a whole number, got "first"' in log


def test_meeting_and_version_numbers_too_long_for_an_integer(demo_db, capsys):
    db = str(demo_db.path)
    assert run(["--db", db, "participants", "9" * 30, "--out", "x.xlsx"]) == 2
    assert "no meeting with id or title matching" in _one_error_line(capsys)
    assert run(["--db", db, "comments", "Roundtable", "--version", "9" * 5000]) == 2
    assert "is not a pack version number" in _one_error_line(capsys)


def test_sql_errors_are_one_line(tmp_path, capsys):
    db = tmp_path / "x.db"
    assert run(["--db", str(db), "init", "--demo"]) == 0
    capsys.readouterr()
    with sqlite3.connect(db) as conn:  # a copy with a column dropped (finding 2)
        conn.execute("ALTER TABLE meetings DROP COLUMN venue")
    code = run(["--db", str(db), "meetings"])
    err = capsys.readouterr().err
    assert code in (1, 2) and err.count("\n") == 1 and len(err) <= LINE_LIMIT + 1, err
    assert "Traceback" not in err


def _can_mount_a_small_disk() -> bool:
    if not shutil.which("unshare"):
        return False
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /tmp"],
        capture_output=True,
        timeout=30,
    )
    return probe.returncode == 0


@pytest.mark.skipif(not _can_mount_a_small_disk(), reason="needs unshare and a tmpfs mount")
@pytest.mark.parametrize(
    ("command", "name"),
    [
        (["participants", "Roundtable"], "list.xlsx"),
        (["pack", "Roundtable"], "pack.docx"),
        (["export-data"], "data.json"),
    ],
)
def test_output_to_a_full_disk_is_one_line_and_keeps_the_old_file(demo_db, tmp_path, command, name):
    """A 64 KiB disk with 6 KiB free. The participant list's ZipFile failed part-way
    and its ``__del__`` printed a traceback after the message."""
    disk = tmp_path / "disk"
    disk.mkdir()
    target = disk / name
    argv = [sys.executable, "-m", "briefing_app", "--db", str(demo_db.path)]
    argv += [*command, "--out", str(target)]
    script = (
        f"mount -t tmpfs -o size=64k tmpfs {disk} && "
        f"printf previous > {target} && "
        f"dd if=/dev/zero of={disk}/fill bs=1k count=58 2>/dev/null; "
        '"$@"; code=$?; echo; ls -a ' + f"{disk}; cat {target}; exit $code"
    )
    done = subprocess.run(
        ["unshare", "-rm", "sh", "-c", script, "sh", *argv],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 2, done.stderr
    assert done.stderr == f"briefing-app: cannot write {target}: the disk is full\n"
    *_output, previous = done.stdout.split("\n")
    assert previous == "previous"  # the old file is untouched
    files = done.stdout.split("\n")
    assert {"fill", name} <= set(files)
    assert [f for f in files if f.startswith(".") and f not in (".", "..")] == []  # no temp file


# --- finding 10: import accepts only what export can give back ------------------------


def test_text_over_excels_cell_limit_is_refused_on_import(tmp_path, capsys):
    doc = full_document()
    doc["people"][0]["needs"] = "vegetarian " * 3000  # 33,000 characters
    line = _refused(tmp_path, capsys, doc)
    assert "people[0].needs: 33,000 characters, more than Excel's 32,767-character" in line


def test_text_over_the_editors_limit_is_refused_on_import(tmp_path, capsys):
    doc = full_document()
    doc["people"][0]["family_name"] = "W" * 201
    doc["meetings"][0]["participants"][0]["seat"] = "S" * 51
    line = _refused(tmp_path, capsys, doc)
    assert "people[0].family_name: 201 characters; at most 200 fit" in line
    assert "meetings[0].participants[0].seat: 51 characters; at most 50 fit" in line


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        ("2026-03-29T02:30", "2026-03-29 02:30 does not exist in Europe/Zurich"),
        ("2026-10-25T02:30", "2026-10-25 02:30 happens twice in Europe/Zurich"),
    ],
)
def test_local_times_a_daylight_saving_change_skips_or_repeats(tmp_path, capsys, when, expected):
    doc = full_document()
    meeting = doc["meetings"][0]
    meeting.update(timezone="Europe/Zurich", starts_at=when, ends_at=None)
    line = _refused(tmp_path, capsys, doc)
    assert f"meetings[0].starts_at: {expected}" in line


def test_a_uid_with_a_control_character_is_refused_not_cleaned(tmp_path, capsys):
    doc = full_document()
    assert _import(tmp_path, doc) == 0
    capsys.readouterr()
    doc["organizations"][0]["uid"] = "ORG-\x01A"  # cleaned, it would be ORG-A
    doc["organizations"][0]["name_en"] = "Overwritten"
    line = _refused(tmp_path, capsys, doc)
    assert 'organizations[0].uid: "ORG-\\u0001A" is not a uid' in line
    out = tmp_path / "out.json"
    assert run(["--db", str(tmp_path / "x.db"), "export-data", "--out", str(out)]) == 0
    names = {o["uid"]: o["name_en"] for o in json.loads(out.read_text("utf-8"))["organizations"]}
    assert names["ORG-A"] == "Ministry of Examples"


@pytest.mark.parametrize("uid", ["", " ORG", "ORG A", "-ORG", "x" * 65, "ORG\u200b"])
def test_uids_must_match_the_documented_pattern(tmp_path, capsys, uid):
    doc = full_document()
    doc["people"][0]["uid"] = uid
    assert "people[0].uid: " in _refused(tmp_path, capsys, doc)


def test_a_record_id_with_a_control_character_in_a_list_is_refused(demo_db, tmp_path, capsys):
    """The participant list's Record ID is a uid too: refused, not cleaned into
    another participant's ID."""
    import csv

    from openpyxl import load_workbook

    db = str(demo_db.path)
    listed = tmp_path / "list.xlsx"
    assert run(["--db", db, "participants", "Roundtable", "--out", str(listed)]) == 0
    rows = [list(r) for r in load_workbook(listed).active.iter_rows(values_only=True)]
    uid_column = rows[0].index("Record ID (do not edit)")
    rows[1][uid_column] = rows[1][uid_column][:4] + "\x01" + rows[1][uid_column][4:]
    edited = tmp_path / "list.csv"
    with edited.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([["" if v is None else v for v in r] for r in rows])
    capsys.readouterr()
    assert run(["--db", db, "import-participants", "Roundtable", str(edited)]) == 2
    line = _one_error_line(capsys)
    assert line.startswith("briefing-app: list.csv: row 2, column Q (Record ID (do not edit)): ")
    assert "'RT22\\x01-P-WOC-DIR' is not a record ID" in line
