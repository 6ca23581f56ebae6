"""The README's Quick start and CI stay in step."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _quick_start_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return [c.strip() for c in re.findall(r"```\n(.*?)\n```", section, re.S)]


def test_quick_start_has_exactly_two_commands():
    run, test = _quick_start_commands()
    assert run.endswith(".venv/bin/briefing-app")
    assert "pytest" in test and "venv" in test


def test_ci_runs_exactly_the_readme_test_command():
    _run, test = _quick_start_commands()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test in ci
