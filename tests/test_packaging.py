"""The wheel carries what an installed app needs: resources, templates, migrations."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    (built,) = out.glob("briefing_app-*.whl")
    return zipfile.ZipFile(built)


def test_wheel_ships_resources_templates_and_migrations(wheel):
    names = set(wheel.namelist())
    shipped = {
        p.relative_to(ROOT).as_posix() for p in (ROOT / "resources").rglob("*") if p.is_file()
    }
    shipped |= {p.relative_to(ROOT).as_posix() for p in (ROOT / "templates").rglob("*.docx")}
    assert shipped, "nothing in resources/ or templates/"
    missing = {s for s in shipped if f"briefing_app/{s}" not in names}
    assert not missing
    assert "briefing_app/db/migrations/env.py" in names
    assert "briefing_app/db/migrations/script.py.mako" in names
    assert any(n.startswith("briefing_app/db/migrations/versions/0001") for n in names)


def test_entry_point_declared(wheel):
    (entry,) = [n for n in wheel.namelist() if n.endswith("entry_points.txt")]
    assert "briefing-app = briefing_app.__main__:main" in wheel.read(entry).decode()
