"""Files the app saves get the permissions any other new file of the user gets
(0666 less the umask), not mkstemp's private 0600, so colleagues can open a
pack on a shared folder; a file that is replaced keeps its permissions."""

from __future__ import annotations

import os
import stat

import pytest

from briefing_app.cli import run
from briefing_app.services.files import atomic_write


@pytest.fixture
def umask():
    """Set the process umask for one test, and put the old one back."""
    old = os.umask(0o022)
    os.umask(old)
    yield os.umask
    os.umask(old)


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.mark.parametrize(("mask", "expected"), [(0o002, 0o664), (0o022, 0o644), (0o077, 0o600)])
def test_every_document_the_cli_saves_follows_the_umask(tmp_path, umask, mask, expected):
    database = tmp_path / "perm.db"
    assert run(["--db", str(database), "init", "--demo"]) == 0
    umask(mask)
    outputs = {
        "pack": tmp_path / "pack.docx",
        "list": tmp_path / "list.xlsx",
        "export": tmp_path / "data.json",
        "backup": tmp_path / "saved-backup.db",
    }
    commands = [
        ["pack", "1", "--out", str(outputs["pack"])],
        ["participants", "1", "--out", str(outputs["list"])],
        ["export-data", "--out", str(outputs["export"])],
        ["backup", "--out", str(outputs["backup"])],
    ]
    for command in commands:
        assert run(["--db", str(database), *command]) == 0, command
    assert {name: oct(mode(p)) for name, p in outputs.items()} == {
        name: oct(expected) for name in outputs
    }


def test_a_replaced_file_keeps_its_permissions(tmp_path, umask):
    umask(0o022)
    target = tmp_path / "shared.txt"
    target.write_text("old", encoding="utf-8")
    os.chmod(target, 0o640)
    atomic_write(target, lambda tmp: tmp.write_text("new", encoding="utf-8"))
    assert target.read_text(encoding="utf-8") == "new"
    assert mode(target) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["shared.txt"]  # no temporary left
