"""packaging/entry.py, the frozen app's entry: worker processes and opened files."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def entry(monkeypatch):
    spec = importlib.util.spec_from_file_location("entry", ROOT / "packaging" / "entry.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    seen = []
    monkeypatch.setattr("briefing_app.cli.main", lambda: seen.append(sys.argv[1:]))
    return module, seen


def test_a_data_file_given_alone_is_offered_for_import(entry, tmp_path, monkeypatch):
    module, seen = entry
    data = tmp_path / "Partners.JSON"
    data.write_text("{}", encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["briefing-app", str(data)])
    module.main()
    assert seen == [["gui", "--import", str(data)]]


@pytest.mark.parametrize(
    "args",
    [["import", "x.json"], ["missing.json"], ["--db", "t.db", "meetings"], []],
    ids=["command", "no-such-file", "options", "bare"],
)
def test_other_arguments_reach_the_command_line_unchanged(entry, args, monkeypatch):
    module, seen = entry
    monkeypatch.setattr(sys, "argv", ["briefing-app", *args])
    module.main()
    assert seen == [args]


def test_dash_m_runs_a_module_of_the_app(entry, monkeypatch):
    module, seen = entry
    ran = []
    monkeypatch.setattr("briefing_app.ui.process_child.main", lambda: ran.append(sys.argv[1:]))
    monkeypatch.setattr(sys, "argv", ["briefing-app", "-m", "briefing_app.ui.process_child", "x"])
    module.main()
    assert ran == [["x"]] and seen == []
