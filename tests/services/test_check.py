"""``check``: integrity_check + foreign_key_check on real (and really damaged) files."""

from __future__ import annotations

import sqlite3

from briefing_app import cli
from briefing_app.db.models import Organization, Person
from briefing_app.services.check import check_database


def _people(db, n: int = 3) -> None:
    with db.session() as s, s.begin():
        org = Organization(name_en="Ministry of Justice", precedence_rank=3)
        s.add(org)
        for i in range(n):
            s.add(Person(organization=org, family_name=f"Wang{i}", given_name="Li", rank=i))


def test_healthy_database_passes(db, capsys):
    _people(db)
    report = check_database(db.path)
    assert report.ok and report.revision and report.rows >= 4
    assert cli.run(["--db", str(db.path), "check"]) == 0
    assert "OK" in capsys.readouterr().out


def test_broken_reference_is_reported_with_table_row_and_column(db, capsys):
    _people(db)
    db.dispose()
    conn = sqlite3.connect(db.path)  # foreign keys are off by default in plain sqlite3
    conn.execute("DELETE FROM organizations")
    conn.commit()
    conn.close()
    report = check_database(db.path)
    assert not report.ok
    assert any("table people" in p and "organization_id" in p for p in report.problems)
    assert cli.run(["--db", str(db.path), "check"]) == 2
    assert "problem(s) found" in capsys.readouterr().out


def test_damaged_pages_are_reported(db):
    _people(db, 400)
    db.dispose()
    data = bytearray(db.path.read_bytes())
    page = 4096
    for offset in range(2 * page, len(data) - page, page):  # scribble over b-tree pages
        data[offset : offset + 64] = b"\xff" * 64
    db.path.write_bytes(bytes(data))
    report = check_database(db.path)
    assert not report.ok
    assert any("integrity" in p or "damaged" in p or "malformed" in p for p in report.problems)


def test_not_a_database_and_missing_and_empty(tmp_path):
    text = tmp_path / "notes.db"
    text.write_text("meeting notes, not a database " * 100)
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    assert "not a database" in check_database(text).problems[0]
    assert check_database(empty).problems == ["the file is empty"]
    assert check_database(tmp_path / "nope.db").problems == ["the file does not exist"]


def test_database_of_another_program(tmp_path):
    other = tmp_path / "places.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.close()
    assert "not a Briefing App database" in check_database(other).problems[0]
