"""The real entry point stays light: ``briefing-app`` (cli) imports only the chosen
command's module, no command module imports SQLAlchemy or a document library at
module level, and the GUI reaches its first paint through the CLI without them.
Real processes, real files; ``python -X importtime`` names who imported what."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from briefing_app import cli
from tests.test_startup import HEAVY

#: Not needed before a command runs, nor before the GUI's first paint.
LATER = ("sqlalchemy", *HEAVY)


def _imported(code: str, *args: str, env: dict | None = None) -> tuple[set[str], str]:
    """Top-level packages imported by ``code`` (parsed from ``-X importtime``), stdout."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code, *args],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    names = {
        line.rsplit("|", 1)[1].strip().split(".")[0]
        for line in done.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }
    return names, done.stdout


def test_the_full_parser_imports_nothing_heavy():
    names, _ = _imported("from briefing_app.cli import build_parser; build_parser()")
    assert "briefing_app" in names  # the parse of -X importtime works
    assert names.isdisjoint(LATER), sorted(names & set(LATER))


def test_the_gui_command_imports_only_its_module():
    code = (
        "import sys\n"
        "from briefing_app.cli import build_parser, chosen_command\n"
        "build_parser(chosen_command(['--db', 'x.db']))\n"
        "print(sorted(m for m in sys.modules if m.startswith('briefing_app.commands.')))\n"
    )
    names, out = _imported(code)
    assert out.strip() == "['briefing_app.commands.gui']"
    assert names.isdisjoint({"PySide6", *LATER}), sorted(names & {"PySide6", *LATER})


def test_every_command_is_found_without_importing_the_others():
    full = cli.build_parser()
    (sub,) = [a for a in full._actions if a.dest == "command"]
    for name in sub.choices:
        (module,) = cli.command_modules(name)
        assert name in cli.build_parser(name)._actions[-1].choices, (name, module)


@pytest.mark.parametrize(
    "argv, command",
    [
        ([], "gui"),
        (["--db", "x.db"], "gui"),
        (["--db=x.db", "pack", "3", "--out", "a.docx"], "pack"),
        (["--db", "x.db", "export-data", "--out", "a.json"], "export-data"),
        (["import", "a.json"], "import"),
        (["--help"], None),
        (["pack", "-h"], None),
        (["--version"], None),
        (["--db"], None),  # the full parser says what is wrong
    ],
)
def test_chosen_command(argv, command):
    assert cli.chosen_command(argv) == command


def test_unknown_command_still_lists_every_command(capsys):
    with pytest.raises(SystemExit) as exc:
        cli.run(["no-such-command"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'no-such-command'" in err and "'meetings'" in err


# The real entry (cli.main, as the console script runs it) to the first paint of the
# main window with its meetings: what was imported by then.
AT_FIRST_PAINT = """
import json, os, sys
from briefing_app.ui import fast_start
report = fast_start.report_first_paint

def recording(window, started):
    def at_paint():
        seen = {
            "rows": window.views["meetings"].model.rowCount(),
            "loaded": sorted({m.split(".")[0] for m in sys.modules} & set(sys.argv[2:])),
            "qt_namespace": "Qt" in vars(sys.modules["PySide6.QtCore"]),
        }
        print(json.dumps(seen), flush=True)
        os._exit(0)
    fast_start.after_first_paint(window, at_paint, latest_ms=None)
fast_start.report_first_paint = recording

from briefing_app.cli import main
main(["--db", sys.argv[1]])
"""


def _first_paint(demo_db, *modules: str) -> tuple[set[str], dict]:
    """The GUI started through the CLI on the demo database, to its first paint: the
    packages imported by then, and what the script above saw of ``modules`` and Qt."""
    path = demo_db.path
    demo_db.dispose()
    env = {"BRIEFING_APP_REPORT_START": "1"}
    names, out = _imported(AT_FIRST_PAINT, str(path), *modules, env=env)
    return names, json.loads(out)


def test_gui_first_paint_through_the_cli_imports_nothing_heavy(demo_db):
    names, seen = _first_paint(demo_db, *LATER)
    assert (seen["rows"], seen["loaded"]) == (1, [])  # the demo meeting painted; nothing heavy
    assert "PySide6" in names and names.isdisjoint(LATER)


#: Standard modules the GUI's first paint does without: the writer lock takes the host
#: name from ``os.uname``, the signal wakeup of ``app.TerminationHandler`` is a pipe, and
#: ``pkgutil`` only lists every command (for --help or a mistake).
NOT_BEFORE_FIRST_PAINT = ("socket", "pkgutil")


@pytest.mark.skipif(sys.platform == "win32", reason="Windows needs a socket for the wakeup")
def test_gui_first_paint_through_the_cli_does_without_socket_and_pkgutil(demo_db):
    names, seen = _first_paint(demo_db, *NOT_BEFORE_FIRST_PAINT)
    assert (seen["rows"], seen["loaded"]) == (1, [])
    assert names.isdisjoint(NOT_BEFORE_FIRST_PAINT), sorted(names & set(NOT_BEFORE_FIRST_PAINT))


def test_gui_first_paint_leaves_the_qt_namespace_alone(demo_db):
    """PySide creates all of ``Qt``'s enums the first time it is used (about 15 ms): the
    first paint does without it (``ui/item_models/roles.py``)."""
    _names, seen = _first_paint(demo_db)
    assert seen == {"rows": 1, "loaded": [], "qt_namespace": False}
