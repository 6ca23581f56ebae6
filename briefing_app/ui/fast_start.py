"""The GUI's fast start: the main window is painted with its meetings before
SQLAlchemy is imported, and the ORM is loaded right after.

``open_fast`` takes the fast path only for an ordinary database
(``services.quick_open``) and reads the meetings list's first page with
``sqlite3`` (``services.first_page``); it returns None otherwise, and the
caller opens the database the full way (``ui.startup``), dialogs and all.

``after_first_paint`` runs the rest of the start (the engine, the first
record in the editor, the background integrity check) once the window has
been painted: a zero timer started at ``show()`` would run before the first
paint, on X11 as offscreen, and the window would stay blank while the ORM loads.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer

from briefing_app.db.session import Database
from briefing_app.services.first_page import FirstPage, meetings_first_page
from briefing_app.services.quick_open import quick_open

log = logging.getLogger(__name__)

#: When the window is not painted (started minimised...), the rest of the start runs anyway.
LATEST_MS = 1000
#: Set to 1, the app prints "painted ROWS CPU-SECONDS" on stdout once its window has been
#: painted with its meetings, and "started" once the rest of the start is done
#: (tests/benchmarks/bench_startup.py).
REPORT_ENV = "BRIEFING_APP_REPORT_START"


def open_fast(location: str | None) -> tuple[Database, list[FirstPage]] | None:
    """The database (lock held, engine made on first use) and the meetings' first page."""
    from briefing_app.ui.item_models.library_table import PAGE_SIZE
    from briefing_app.ui.language import data_language

    db = quick_open(location)
    if db is None:
        return None
    try:
        return db, [meetings_first_page(db.path, PAGE_SIZE, data_language())]
    except Exception as exc:  # only a shortcut: the full open will say what is wrong
        log.info("fast start not possible for %s: %s", db.path, exc)
        db.dispose()
        return None


class _FirstPaint(QObject):
    """Calls ``callback`` once, just after ``widget``'s first paint (or after LATEST_MS)."""

    def __init__(self, widget, callback: Callable[[], None], latest_ms: int | None) -> None:
        super().__init__(widget)
        self.widget, self.callback, self.done = widget, callback, False
        widget.installEventFilter(self)
        if latest_ms is not None:
            QTimer.singleShot(latest_ms, self, self._run)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.Paint and not self.done:
            QTimer.singleShot(0, self, self._run)  # after this paint has reached the screen
        return False

    def _run(self) -> None:
        if self.done:
            return
        self.done = True
        self.widget.removeEventFilter(self)
        self.callback()


def after_first_paint(widget, callback: Callable[[], None], latest_ms=LATEST_MS) -> QObject:
    """Run ``callback`` once, right after ``widget`` (a top-level window) is first painted
    (or after ``latest_ms`` without a paint; None: only after a paint)."""
    return _FirstPaint(widget, callback, latest_ms)


def reporting_start() -> bool:
    return os.environ.get(REPORT_ENV) == "1"


def report_first_paint(window, started: bool) -> None:
    """With ``REPORT_ENV``: "painted ROWS CPU" once ``window`` has been painted (and "started"
    when the start is already complete). Installed after the fast start's own filter, so it
    is called first and reports before the rest of the start (the ORM) is loaded."""

    def report() -> None:
        rows = window.views["meetings"].model.rowCount()
        print("painted", rows, f"{time.process_time():.4f}", flush=True)
        if started:
            report_started()

    after_first_paint(window, report, latest_ms=None)


def report_started() -> None:
    if reporting_start():
        print("started", flush=True)
