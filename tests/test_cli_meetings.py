"""``briefing-app meetings`` reads an ordinary file at the head revision with
``sqlite3`` (as the GUI's first paint does), without importing SQLAlchemy, and
lists exactly what the full open lists; anything else takes the full open."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from briefing_app.cli import run
from briefing_app.commands import meetings as command
from briefing_app.db.models import Meeting
from briefing_app.services import quick_open
from tests.test_light_entry import LATER, _imported


def _listed(capsys, path) -> list[str]:
    assert run(["--db", str(path), "meetings"]) == 0
    return capsys.readouterr().out.splitlines()


def _meetings(db) -> None:
    with db.session() as s, s.begin():
        s.add_all(
            [
                Meeting(title="Undated", starts_at=None),
                Meeting(title="Later", starts_at=datetime(2025, 3, 1, 14, 5)),
                Meeting(title="圆桌会议 tie", starts_at=datetime(2024, 5, 2, 9, 30)),
                Meeting(title="Tie", starts_at=datetime(2024, 5, 2, 9, 30)),
                Meeting(title="Also undated", starts_at=None),
            ]
        )


def test_the_quick_listing_is_the_full_one(db, capsys, monkeypatch):
    _meetings(db)
    path = db.path
    db.dispose()

    def full_open(args):
        raise AssertionError("the full open was used for an ordinary file")

    with monkeypatch.context() as patch:
        patch.setattr(command, "_rows", full_open)
        quick = _listed(capsys, path)
    monkeypatch.setattr(quick_open, "head_file", lambda location: None)
    assert quick == _listed(capsys, path)
    assert [line.split("\t", 1)[1] for line in quick] == [
        "2024-05-02 09:30\t圆桌会议 tie",
        "2024-05-02 09:30\tTie",
        "2025-03-01 14:05\tLater",
        "(no date)\tUndated",
        "(no date)\tAlso undated",
    ]


def test_meetings_imports_no_sqlalchemy(demo_db):
    path = demo_db.path
    demo_db.dispose()
    code = "import sys\nfrom briefing_app.cli import run\nsys.exit(run(sys.argv[1:]))"
    names, out = _imported(code, "--db", str(path), "meetings")
    assert out.endswith("2022-03-23 09:30\tRoundtable 2022\n")
    assert names.isdisjoint(LATER), sorted(names & set(LATER))


def test_only_a_file_at_the_head_revision_is_read_quickly(db, tmp_path):
    path = db.path
    db.dispose()
    assert quick_open.head_file(str(path)) == path
    assert quick_open.head_file("postgresql://nobody@localhost/none") is None
    assert quick_open.head_file(str(tmp_path / "missing.db")) is None
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0001'")
    conn.close()
    assert quick_open.head_file(str(path)) is None
