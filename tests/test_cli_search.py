"""``briefing-app search TEXT`` prints the GUI's grouped hits: kind, id, name."""

from __future__ import annotations

import subprocess
import sys

from briefing_app.cli import run


def test_search_roundtable_in_a_real_process(tmp_path):
    db = tmp_path / "cli.db"
    assert run(["--db", str(db), "init", "--demo"]) == 0
    done = subprocess.run(
        [sys.executable, "-m", "briefing_app", "--db", str(db), "search", "roundtable"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "Meetings (1)"
    kind, ident, name = lines[1].split(maxsplit=2)
    assert (kind, ident) == ("meeting", "1")
    assert name.startswith("Roundtable 2022 — ")


def test_groups_follow_the_gui_order_and_nothing_found_is_said(tmp_path, capsys):
    db = tmp_path / "cli.db"
    assert run(["--db", str(db), "init", "--demo"]) == 0
    capsys.readouterr()
    assert run(["--db", str(db), "search", "WIPO", "--limit", "2"]) == 0
    out = capsys.readouterr().out.splitlines()
    headings = [line for line in out if not line.startswith(" ")]
    order = ["Meetings", "Organizations", "People", "Talking points"]
    names = [h.split(" (")[0] for h in headings]
    assert names == sorted(names, key=order.index) and len(names) >= 2
    assert all(int(h.split("(")[1].rstrip(")")) <= 2 for h in headings)
    assert run(["--db", str(db), "search", "zzzqqq"]) == 0
    assert capsys.readouterr().out.strip() == 'nothing found for "zzzqqq"'


def test_a_bad_limit_is_one_line_and_exit_2(tmp_path, capsys):
    assert run(["--db", str(tmp_path / "x.db"), "search", "x", "--limit", "0"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--limit" in err
