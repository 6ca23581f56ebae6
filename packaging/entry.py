"""Entry point of the frozen app (PyInstaller runs this file as ``__main__``).

A bundle has no Python interpreter to start, so ``sys.executable`` is the app
itself. The app starts helper processes as ``sys.executable -m MODULE`` (the
export worker: ``briefing_app.ui.process_child``); here that form runs the
module's ``main()``. A data file opened with the app (Windows file association,
"Open with" on Linux, the Finder on macOS) arrives as the only argument: that
is ``gui --import FILE``. Anything else is the ordinary command line.
"""

from __future__ import annotations

import importlib
import os
import sys


def main() -> None:
    args = sys.argv[1:]
    if len(args) >= 2 and args[0] == "-m" and args[1].startswith("briefing_app."):
        sys.argv = [sys.argv[0], *args[2:]]
        importlib.import_module(args[1]).main()
        return
    if len(args) == 1 and args[0].lower().endswith(".json") and os.path.isfile(args[0]):
        sys.argv = [sys.argv[0], "gui", "--import", args[0]]
    from briefing_app.cli import main as cli_main

    cli_main()


if __name__ == "__main__":
    main()
