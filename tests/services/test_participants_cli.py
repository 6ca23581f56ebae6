"""The ``participants`` and ``import-participants`` commands end to end on the demo meeting."""

from __future__ import annotations

from openpyxl import load_workbook

from briefing_app.cli import run
from briefing_app.db.models import Participant
from tests.services.test_participants_support import KEYS


def test_export_preview_apply_on_the_demo(demo_db, tmp_path, capsys):
    db = str(demo_db.path)
    out = tmp_path / "demo.xlsx"
    assert run(["--db", db, "participants", "Roundtable 2022", "--out", str(out)]) == 0
    wb = load_workbook(out)
    ws = wb["Participants"]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert rows[0][KEYS.index("family_name")] == "LIU"  # the host's director first
    target = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 10).value != "Declined")
    ws.cell(target, KEYS.index("rsvp") + 1).value = "Declined"
    wb.save(out)
    capsys.readouterr()
    assert run(["--db", db, "import-participants", "Roundtable 2022", str(out)]) == 0
    text = capsys.readouterr().out
    assert "1 changed" in text and "→ Declined" in text and "nothing was changed" in text
    assert run(["--db", db, "import-participants", "Roundtable 2022", str(out), "--apply"]) == 0
    assert "applied: 0 added (0 new people), 1 changed" in capsys.readouterr().out
    with demo_db.session() as s:
        assert s.query(Participant).filter_by(rsvp="declined").count() >= 1


def test_bad_file_is_one_line_and_exit_2(demo_db, tmp_path, capsys):
    bad = tmp_path / "list.csv"
    bad.write_bytes("Organization,Family name\nX,Müller\n".encode("cp1252"))
    assert run(["--db", str(demo_db.path), "import-participants", "1", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot tell the text encoding" in err


def test_help_names_the_meeting_argument_like_other_commands(capsys):
    import pytest

    for command in ("participants", "import-participants", "pack"):
        with pytest.raises(SystemExit):
            run([command, "--help"])
        usage = capsys.readouterr().out.split("\n\n")[0]
        assert " MEETING" in usage and " meeting" not in usage, (command, usage)
