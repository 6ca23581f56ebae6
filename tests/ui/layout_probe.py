"""Walks the real app on a virtual screen of a given size and reports, as JSON, what
does not fit: run in a child process by ``test_layout.py`` (a screen's size is fixed
when Qt starts, and the tests' own offscreen screen is 800×800).

``python -m tests.ui.layout_probe DB LANGUAGE WIDTHxHEIGHT`` prints one JSON object:
``screen`` (available width, height), ``too_big`` (each view or workspace tab after
which the main window, or the least size its contents need, exceeded the screen),
``cut_off`` (buttons partly hidden on the left or right) and
``after_long_title`` (the window's width after saving a very long meeting title).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile


def _screen_config(size: str) -> str:
    width, height = (int(n) for n in size.split("x"))
    screen = {"name": "probe", "x": 0, "y": 0, "width": width, "height": height,
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip
    handle, path = tempfile.mkstemp(suffix=".json")
    with os.fdopen(handle, "w") as fh:
        json.dump({"screens": [screen]}, fh)
    return path


def cut_off_sideways(widget) -> bool:
    """True when an ancestor hides part of ``widget`` on the left or right (a pane too
    narrow for it; what is below the fold of a scroll area can be scrolled to)."""
    left, right = 0, widget.width()
    child = widget
    while child.parentWidget() is not None and not child.isWindow():
        left, right = left + child.x(), right + child.x()
        child = child.parentWidget()
        if left < 0 or right > child.width():
            return True
    return False


def main() -> None:
    db_path, language, size = sys.argv[1:4]
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen_config(size)}"
    from briefing_app.app import make_application
    from briefing_app.db.migrate import open_database
    from briefing_app.settings import Settings
    from briefing_app.ui.main_window import VIEW_NAMES, MainWindow

    settings = Settings(ui_language=language)
    app = make_application(settings)
    area = app.primaryScreen().availableGeometry()
    db = open_database(db_path)
    window = MainWindow(db, settings)
    window.show()
    report = {"screen": [area.width(), area.height()], "too_big": [], "cut_off": []}

    def check(where: str, buttons=()) -> None:
        for _ in range(3):
            app.processEvents()
        need = window.minimumSizeHint().expandedTo(window.minimumSize())
        for size in (window.size(), need):
            if size.width() > area.width() or size.height() > area.height():
                report["too_big"].append([where, size.width(), size.height()])
        shown = [b for b in buttons if b.isVisible()]
        report["cut_off"] += [f"{where}: {b.text()}" for b in shown if cut_off_sideways(b)]

    for name in VIEW_NAMES:
        window.show_view(name)
        view = window.view(name)
        fields = getattr(view, "editor", None) and view.editor.widgets.values()
        check(name, [b for f in fields or () for b in _buttons(f)])
    window.run_search("Min")
    check("search results")
    window.open_meeting(window.views["meetings"].model.id_at(0))
    workspace = window.tabs.currentWidget()
    for index in range(workspace.tabs.count()):
        workspace.tabs.setCurrentIndex(index)
        page = workspace.tabs.currentWidget()
        check(f"workspace tab {index}", _buttons(page))
    workspace.tabs.setCurrentIndex(0)
    workspace.details.title.setText("A very long meeting title " * 7)
    workspace.details.venue.setText("Conference Room A, the second building on the left " * 2)
    report["saved"] = workspace.details.save()
    check("details saved")
    report["after_long_title"] = window.width()
    window.discard_changes_and_close()
    db.dispose()
    print(json.dumps(report))


def _buttons(widget) -> list:
    from PySide6.QtWidgets import QPushButton

    return widget.findChildren(QPushButton)


if __name__ == "__main__":
    main()
