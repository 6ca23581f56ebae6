"""The main window's side of the search indexes' catch-up (services/search_index.py).

A large import commits its records before they are indexed for search. When the
window has opened such a database, or has just imported, the catch-up runs on
the worker pool, a step at a time; meanwhile the search box says so (its
placeholder, its tooltip and the status bar): search still finds everything,
with a slower scan. Quitting cancels it between two steps; the next start
resumes it. Nothing to do on a read-only database or a server.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject

from briefing_app.ui import workers

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("SearchIndexing", text)


class SearchIndexing(QObject):
    """Starts the catch-up for ``window`` (a MainWindow) and shows that it runs."""

    def __init__(self, window, pool=None) -> None:
        super().__init__(window)
        self.window, self._pool = window, pool
        self.task: workers.Task | None = None
        self.building = False
        self._placeholder = window.search_box.placeholderText()

    def start(self) -> workers.Task | None:
        """Catch up on the worker pool if anything is left to index (a quick count)."""
        db = self.window.db
        caps = db.capabilities
        if self.task is not None or caps.read_only or caps.search_kind != "fts5":
            return None
        from sqlalchemy.exc import DBAPIError

        from briefing_app.services.search_index import catch_up, pending

        try:
            with db.engine.connect() as connection:
                if not pending(connection):
                    return None
        except DBAPIError:  # a damaged file: the start-up check tells the user (ui/startup.py)
            log.warning("the search indexes' state cannot be read", exc_info=True)
            return None
        self._show_building()
        self.task = workers.make_task(
            catch_up,
            db,
            on_progress=self._progressed,
            on_finished=self._finished,
            on_failed=lambda _message: self._ended(),  # logged; search keeps scanning
            on_cancelled=self._ended,
            receiver=self.window,
        )
        return workers.start_task(self.task, self._pool)

    def _progressed(self, done: int, total: int, _message: str) -> None:
        self.window.show_status(
            tr("Building the search index… {percent}%").format(percent=done * 100 // max(total, 1))
        )

    def _show_building(self) -> None:
        self.building = True
        box = self.window.search_box
        box.setPlaceholderText(tr("Search (the search index is being built: slower meanwhile)"))
        box.setToolTip(
            tr("The records of a large import are being indexed for search. Search finds "
               "everything meanwhile, more slowly.")
        )  # fmt: skip
        self.window.show_status(tr("Building the search index…"))

    def _finished(self, indexed: int) -> None:
        was_building = self.building
        self._ended()
        if was_building:
            self.window.show_status(tr("The search index is complete."))

    def _ended(self) -> None:
        self.task = None
        if self.building:
            self.building = False
            self.window.search_box.setPlaceholderText(self._placeholder)
            self.window.search_box.setToolTip("")


def attach_search_indexing(window, pool=None) -> SearchIndexing:
    """Catch up now (if needed) and after each import of ``window``."""
    indexing = window.search_indexing = SearchIndexing(window, pool)
    indexing.start()
    return indexing
