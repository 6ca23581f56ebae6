"""The Linux bundle, built from this checkout, works without the project's Python.

Marked ``bundle``: building takes about 1.5 minutes, so the main test run leaves
it out and CI runs it as a step of its own (``.ci/run``):

    .venv/bin/python -m pip install -q -e ".[build]"
    .venv/bin/python -m pytest -m bundle tests/packaging
"""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from briefing_app import __version__
from tests.one_at_a_time import one_at_a_time, run_folder

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="builds the Linux bundle"),
]
SIZE_BUDGET = 200 * 1024 * 1024
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@pytest.fixture(scope="module")
def unpacked(tmp_path_factory) -> Path:
    """The tarball built by packaging/build.py, unpacked: the folder a user gets. Built
    once a test run: the first worker builds it, the others wait and share it (two
    PyInstaller builds at once would also clean each other's cache away)."""
    out = run_folder(tmp_path_factory) / "bundle"
    with one_at_a_time(tmp_path_factory, "bundle"):
        if not (out / "unpacked").is_dir():
            out.mkdir(exist_ok=True)
            subprocess.run(
                [sys.executable, str(ROOT / "packaging" / "build.py"), "--dist",
                 str(out / "dist"), "--work", str(out / "work")],
                check=True,
                cwd=ROOT,
            )  # fmt: skip
            (archive,) = (out / "dist").glob("briefing-app-*.tar.gz")
            with tarfile.open(archive) as tar:
                tar.extractall(out / "unpacked", filter="data")
    (top,) = (out / "unpacked").iterdir()
    return top


def bare_env(home: Path, **extra: str) -> dict[str, str]:
    """No virtual environment, no Python path: only the system's programs."""
    return {
        "HOME": str(home),
        "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "BRIEFING_APP_HOME": str(home / "data"),
        "QT_QPA_PLATFORM": "offscreen",
        **extra,
    }


def run(unpacked: Path, home: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    exe = unpacked / "briefing-app" / "briefing-app"
    return subprocess.run(
        [str(exe), *args], env=bare_env(home, **env), capture_output=True, text=True, timeout=120
    )


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


def test_tarball_has_bundle_menu_entry_icons_and_installer(unpacked):
    assert unpacked.name == f"briefing-app-{__version__}-linux-{os.uname().machine}"
    assert os.access(unpacked / "briefing-app" / "briefing-app", os.X_OK)
    entry = (unpacked / "share" / "applications" / "briefing-app.desktop").read_text()
    assert "Exec=briefing-app %f" in entry and "Icon=briefing-app" in entry
    for size in ICON_SIZES:
        icon = unpacked / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        assert png_size(icon / "briefing-app.png") == (size, size)
    assert os.access(unpacked / "install.sh", os.X_OK)


def test_bundle_fits_the_size_budget_and_every_link_leads_somewhere(unpacked):
    folder = unpacked / "briefing-app"
    assert [p for p in folder.rglob("*") if p.is_symlink() and not p.exists()] == []
    size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
    assert size <= SIZE_BUDGET, f"{size / 2**20:.0f} MB"


def test_commands_on_a_temp_database(unpacked, tmp_path):
    from docx import Document
    from openpyxl import load_workbook

    db = str(tmp_path / "t.db")
    done = run(unpacked, tmp_path, "--db", db, "init", "--demo")
    assert done.returncode == 0, done.stderr
    pack, names = tmp_path / "pack.docx", tmp_path / "list.xlsx"
    done = run(unpacked, tmp_path, "--db", db, "pack", "Roundtable", "--out", str(pack))
    assert done.returncode == 0, done.stderr
    text = "\n".join(p.text for p in Document(str(pack)).paragraphs)
    assert "Roundtable 2022" in text
    done = run(unpacked, tmp_path, "--db", db, "participants", "1", "--out", str(names))
    assert done.returncode == 0, done.stderr
    sheet = load_workbook(names).active
    assert sheet.max_row > 20  # the demo's 25 participants and the heading rows
    shot = tmp_path / "window.png"
    done = run(unpacked, tmp_path, "--db", db, "gui", "--screenshot", str(shot))
    assert done.returncode == 0, done.stderr
    width, height = png_size(shot)
    assert width >= 800 and height >= 500


def test_bad_input_is_one_line_exit_2(unpacked, tmp_path):
    done = run(unpacked, tmp_path, "--db", str(tmp_path / "t.db"), "import", "missing.json")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "missing.json" in done.stderr


def test_first_start_puts_the_demo_in_the_data_folder(unpacked, tmp_path):
    done = run(unpacked, tmp_path, "gui", "--screenshot", str(tmp_path / "first.png"))
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "data" / "briefing.db").is_file()
    listed = run(unpacked, tmp_path, "meetings")
    assert "Roundtable 2022" in listed.stdout


def test_export_worker_process_runs_from_the_bundle(unpacked, tmp_path):
    """The GUI writes packs in a child started as ``<app> -m briefing_app.ui.process_child``."""
    from briefing_app.ui.process_child import read_frame, write_frame

    db = tmp_path / "t.db"
    assert run(unpacked, tmp_path, "--db", str(db), "init", "--demo").returncode == 0
    out = tmp_path / "child.docx"
    child = subprocess.Popen(
        [str(unpacked / "briefing-app" / "briefing-app"), "-m", "briefing_app.ui.process_child"],
        env=bare_env(tmp_path),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    target = "briefing_app.ui.export_jobs:write_pack"
    write_frame(child.stdin, (target, (f"sqlite:///{db}", 1, str(out), "en", False)))
    frames = []
    while not frames or frames[-1][0] == "progress":
        frames.append(read_frame(child.stdout))
    child.stdin.close()
    assert child.wait(timeout=60) == 0
    assert frames[-1][0] == "finished", frames[-1]
    assert out.stat().st_size > 10_000


def test_install_script_makes_a_menu_entry_and_uninstall_keeps_the_data(unpacked, tmp_path):
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    subprocess.run([str(unpacked / "install.sh")], env=env, check=True, capture_output=True)
    entry = (tmp_path / ".local/share/applications/briefing-app.desktop").read_text()
    exe = tmp_path / ".local/opt/briefing-app/briefing-app"
    assert f'Exec="{exe}" %f' in entry
    assert (tmp_path / ".local/share/icons/hicolor/48x48/apps/briefing-app.png").is_file()
    data = tmp_path / ".local/share/BriefingApp"
    done = subprocess.run(
        [str(tmp_path / ".local/bin/briefing-app"), "init"],
        env={**env, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"},
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert (data / "briefing.db").is_file()
    subprocess.run([str(unpacked / "install.sh"), "--uninstall"], env=env, check=True)
    assert not exe.exists() and not (tmp_path / ".local/bin/briefing-app").exists()
    assert (data / "briefing.db").is_file()
