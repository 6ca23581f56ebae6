"""The data commands end to end: init --demo, import, export-data; exit codes
0 (success) and 2 (bad input, one clear message, no traceback)."""

from __future__ import annotations

import json
import subprocess
import sys

from briefing_app.cli import run


def test_init_demo_then_meetings_in_a_real_process(tmp_path):
    db = tmp_path / "cli.db"
    for _ in range(2):  # the second run must not duplicate anything
        done = subprocess.run(
            [sys.executable, "-m", "briefing_app", "--db", str(db), "init", "--demo"],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
    assert "already present" in done.stdout
    listed = subprocess.run(
        [sys.executable, "-m", "briefing_app", "--db", str(db), "meetings"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert len(lines) == 1 and lines[0].endswith("2022-03-23 09:30\tRoundtable 2022")


def test_export_import_export_is_identical(tmp_path, capsys):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    out_a, out_b = tmp_path / "a.json", tmp_path / "b.json"
    assert run(["--db", str(a), "init", "--demo"]) == 0
    assert run(["--db", str(a), "export-data", "--out", str(out_a)]) == 0
    assert run(["--db", str(b), "import", str(out_a)]) == 0
    assert "created 16 organizations" in capsys.readouterr().out
    assert run(["--db", str(b), "export-data", "--out", str(out_b)]) == 0
    assert out_a.read_bytes() == out_b.read_bytes()
    assert run(["--db", str(b), "import", str(out_a)]) == 0
    assert "created nothing; updated nothing" in capsys.readouterr().out


def test_bad_file_exits_2_names_record_and_field_and_writes_nothing(tmp_path, capsys):
    db = tmp_path / "x.db"
    data = {
        "format": "briefing-app",
        "version": 1,
        "organizations": [{"uid": "MOFCOM", "name_en": "Ministry of Commerce"}],
        "people": [{"uid": "P", "organization": "MOFCOMM", "family_name": "WU"}],
    }
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    assert run(["--db", str(db), "import", str(bad)]) == 2
    err = capsys.readouterr().err
    assert 'people[0].organization: unknown organization "MOFCOMM"' in err
    assert "Traceback" not in err
    out = tmp_path / "empty.json"
    assert run(["--db", str(db), "export-data", "--out", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["organizations"] == []


def test_not_json_and_missing_file_exit_2(tmp_path, capsys):
    db = str(tmp_path / "x.db")
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "briefing-app", "version": 1,', encoding="utf-8")
    assert run(["--db", db, "import", str(broken)]) == 2
    assert "not valid JSON" in capsys.readouterr().err
    assert run(["--db", db, "import", str(tmp_path / "nope.json")]) == 2
    assert "cannot read" in capsys.readouterr().err
    assert run(["--db", db, "export-data", "--out", str(tmp_path / "no" / "x.json")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_dry_run_and_cleaning_report(tmp_path, capsys):
    db = str(tmp_path / "x.db")
    data = {
        "format": "briefing-app",
        "version": 1,
        "organizations": [{"uid": "O", "name_en": "Org\x07", "notes": "a\x00b"}],
    }
    path = tmp_path / "d.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert run(["--db", db, "import", "--dry-run", str(path)]) == 0
    assert "nothing written" in capsys.readouterr().out
    assert run(["--db", db, "import", str(path)]) == 0
    out = capsys.readouterr().out
    assert "created 1 organizations" in out  # the dry run wrote nothing
    assert "cleaned 2 field(s):" in out
    assert "organizations[0].name_en: removed 1 character(s)" in out
    assert run(["--db", db, "export-data", "--out", "-"]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert [o["name_en"] for o in exported["organizations"]] == ["Org"]


def test_import_backs_up_a_database_that_holds_data(tmp_path, capsys, app_home):
    db = str(tmp_path / "x.db")
    out = tmp_path / "demo.json"
    assert run(["--db", db, "init", "--demo"]) == 0
    assert run(["--db", db, "export-data", "--out", str(out)]) == 0
    capsys.readouterr()
    assert run(["--db", db, "import", str(out)]) == 0
    assert "backup of the database before the import" in capsys.readouterr().out
    backups = list((app_home / "backups" / "x").glob("x-*-before-import.db"))
    assert len(backups) == 1
