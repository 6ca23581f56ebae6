"""QApplication bootstrap: open the database, show the main window.

``run_gui`` is what ``briefing-app gui`` (and a bare ``briefing-app``) calls.
With ``screenshot`` it renders offscreen, saves the window image and exits,
which is how the README screenshots and smoke tests are made.

An ordinary start takes the fast path (``ui.fast_start``): the window is shown
with the meetings list before SQLAlchemy is imported, and the ORM is loaded
just after the first paint. Nothing on that path imports SQLAlchemy at module
level (``tests/ui/test_fast_start.py`` checks it).
"""

from __future__ import annotations

import gc
import logging
import os
import signal
import sys
import traceback

from briefing_app import paths
from briefing_app.db.open import choose_location

# The fast start's modules that do not use Qt (``ui.fast_start`` calls them), imported
# before PySide6 is: shiboken's import hook reads the source of every module imported
# after PySide6 (to learn whether it uses PySide's ``__feature__`` switches).
from briefing_app.services import first_page, quick_open  # noqa: F401
from briefing_app.settings import Settings

log = logging.getLogger(__name__)


def _excepthook(exc_type, exc, tb) -> None:
    """Unexpected errors go to the log file and a short dialog, never a traceback on screen."""
    try:
        with open(paths.log_file(), "a", encoding="utf-8") as fh:
            fh.write("".join(traceback.format_exception(exc_type, exc, tb)))
    except OSError:
        pass
    from briefing_app.ui.views.common import show_unexpected_error

    show_unexpected_error(exc)


def make_application(settings: Settings, offscreen: bool = False):
    """The QApplication with names, icon theme and translations installed."""
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("BriefingApp")
    app.setApplicationName("Briefing App")
    app.setApplicationDisplayName("Briefing App")
    from briefing_app.ui.language import interface_language

    install_translators(app, interface_language(settings.ui_language))
    from briefing_app.ui.icons import icon

    app.setWindowIcon(icon("app"))
    return app


def install_translators(app, language: str) -> list:
    """Load Qt's own and our translations for ``language`` ("en" needs none)."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    if not language or language == "en":
        return []
    QLocale.setDefault(QLocale(language))
    installed = []
    sources = [
        ("qtbase_" + language, QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("briefing_app_" + language, str(paths.resources_dir() / "translations")),
    ]
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.info("no translation %s in %s", name, folder)
    return installed


def open_for_gui(location: str | None, load_demo_data: bool = False):
    """Open the database with the lock, read-only and restore dialogs; maybe load the demo."""
    from briefing_app.ui.startup import open_database_interactively

    db = open_database_interactively(location)
    if db is not None and load_demo_data:
        _load_demo(db)
    return db


def _open_fast(location: str | None) -> tuple:
    """(database, first pages) for the fast start, or (None, ()) for the full open."""
    from briefing_app.ui.fast_start import open_fast

    return open_fast(location) or (None, ())


def _load_demo(db) -> None:
    """First start of the default database: fill it with the demo roundtable."""
    from sqlalchemy import func, select

    from briefing_app.db.models import Organization
    from briefing_app.services.demo import load_demo

    with db.session() as s, s.begin():
        if s.scalar(select(func.count()).select_from(Organization)) == 0:
            load_demo(s)


class GuiSession:
    """The open database and its main window; "open another database" replaces both."""

    def __init__(self, app, settings: Settings, location: str | None) -> None:
        self.app, self.settings, self.location = app, settings, location
        self.remembered = settings.database  # Preferences' database when this one opened
        self.db = None
        self.window = None
        self.check_after_show = False  # run_gui: the full health check once the window is up
        self.check_task = None
        self.import_file: str | None = None  # offered once the first window is shown

    def show(
        self, db, view: str | None = None, visible: bool = True, first_pages=(), first_start=False
    ):
        """The main window for ``db``; ``first_pages`` come with a fast start (its
        engine is not made yet): the rest of the start runs after the first paint.
        Getting started comes first on the app's first start and when there is no meeting."""
        from briefing_app.ui.main_window import MainWindow

        self.db = db
        self.window = MainWindow(db, self.settings, first_pages=first_pages)
        self.window.switch_database.connect(self.switch)
        if view:
            self.window.show_view(view)
        elif visible and not self.window.light:  # a light window has meetings to show
            from briefing_app.ui.guidance import maybe_welcome

            maybe_welcome(self.window, first_start)
        if visible:
            self.window.show()
            from briefing_app.ui import fast_start

            fast_start.after_first_paint(self.window, gc.enable)  # paused by run_gui

            if self.window.deferred_start:
                window = self.window
                fast_start.after_first_paint(window, lambda: self._finish_start(window))
            elif self.check_after_show:
                self._start_check(self.window)
            if fast_start.reporting_start():
                fast_start.report_first_paint(self.window, started=not self.window.deferred_start)
            if self.import_file:
                self._offer_import(self.window, self.import_file)
                self.import_file = None
        return self.window

    def _offer_import(self, window, path: str) -> None:
        """A data file opened with the app: checked, then applied if the user agrees."""
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, window, lambda: window.data_transfer.import_file(path))

    def _finish_start(self, window) -> None:
        """Fast start, after the first paint: what a full start did before showing."""
        try:
            window.finish_start()
            from briefing_app.ui.fast_start import report_started

            report_started()
        finally:  # a database that fails now is what the check (and its restore offer) is for
            if self.check_after_show:
                self._start_check(window)

    def _start_check(self, window) -> None:
        """The integrity check is off the start-up path: on the worker pool, after showing."""
        from briefing_app.ui.startup import check_in_background

        self.check_task = check_in_background(window)

    def switch(self, location: str) -> bool:
        """Close the window (it may keep unsaved edits), open ``location``, show it.

        If the new database cannot be opened, the previous one is opened again.
        """
        old = self.window
        self.app.setQuitOnLastWindowClosed(False)
        try:
            if not old.close():
                return False
            self.db.dispose()
            target = location or str(paths.default_database_path())
            db = open_for_gui(target)
            opened = db is not None
            if not opened:
                db = open_for_gui(self.location)
            if db is None:
                self.app.quit()
                return False
            if opened:
                self.location = target
            self._remember(location if opened else self.remembered)
            self.show(db)
            old.deleteLater()
            return opened
        finally:
            self.app.setQuitOnLastWindowClosed(True)

    def _remember(self, location: str) -> None:
        """Keep ``location`` as the database of Preferences (the CLI opens it too)."""
        if self.settings.database != location:
            self.settings.database = location
            self.settings.save()
        self.remembered = location

    def dispose(self) -> None:
        if self.db is not None:
            self.db.dispose()


def run_gui(
    db_location: str | None = None,
    screenshot: str | None = None,
    view=None,
    import_file: str | None = None,
) -> int:
    """Run the desktop app; returns the process exit code. ``import_file``: a data
    file (interchange JSON) to offer for import once the window is up."""
    # Python's cycle collector is paused until the first window is painted (a fast
    # start) or the full open begins: the start makes many objects and frees few, and
    # the collections it triggered cost about a tenth of the time to the first paint.
    gc.disable()
    settings = Settings.load()
    app = make_application(settings, offscreen=bool(screenshot))
    terminate = TerminationHandler(app)
    try:
        where = choose_location(db_location, settings)  # as the CLI: --db, env, Preferences
        location = where.value
        first_start = where.is_default and not paths.default_database_path().exists()
        return _run(app, settings, location, first_start, screenshot, view, terminate, import_file)
    except paths.DataFolderError as exc:  # e.g. a BRIEFING_APP_HOME that cannot be created
        from briefing_app.ui.views.common import show_error, tr

        show_error(None, tr("Cannot start Briefing App"), str(exc))
        return 2
    finally:
        gc.enable()
        terminate.uninstall()


def _run(app, settings, location, first_start, screenshot, view, terminate, import_file=None):
    fast = not (first_start or screenshot or import_file)
    db, first_pages = _open_fast(location) if fast else (None, ())
    if db is None:
        gc.enable()  # the full open may ask the user, restore, upgrade...
        db = open_for_gui(location, load_demo_data=first_start)
    if db is None:
        return 2
    session = GuiSession(app, settings, location)
    session.import_file = import_file
    session.check_after_show = not screenshot
    window = session.show(
        db, view, visible=not screenshot, first_pages=first_pages, first_start=first_start
    )
    if screenshot:
        code = _save_screenshot(app, window, screenshot)
        session.dispose()
        return code
    sys.excepthook = _excepthook
    code = terminate.exit_code if terminate.received else app.exec()
    session.dispose()  # releases the writer lock, also after SIGTERM
    return code


class TerminationHandler:
    """SIGTERM (logout, ``kill``, a service manager) and SIGINT (Ctrl+C in a terminal)
    quit the Qt event loop cleanly; the exit code is 128 + the signal number.

    Python runs signal handlers only between bytecodes, and Qt's event loop is
    C++: the signal would wait for the next Python callback. Python writes the
    signal number to a pipe (``signal.set_wakeup_fd``; a socket on Windows) that a QSocketNotifier
    watches, so the loop wakes at once; the handler then leaves every event
    loop (modal dialogs too) and ``run_gui`` disposes the database, which
    releases the writer lock. Unsaved edits in open editors are dropped, as
    they would be by any other termination.
    """

    SIGNALS = (signal.SIGTERM, signal.SIGINT)

    def __init__(self, app) -> None:
        from PySide6.QtCore import QSocketNotifier

        self.app, self.received, self.exit_code = app, False, 0
        self.wakeup = _WakeupChannel()
        self.previous_fd = signal.set_wakeup_fd(self.wakeup.write_fd)
        self.previous = {sig: signal.signal(sig, self._on_signal) for sig in self.SIGNALS}
        self.notifier = QSocketNotifier(self.wakeup.read_fd, QSocketNotifier.Type.Read)
        self.notifier.activated.connect(self._drain)

    def _drain(self, *_args) -> None:
        """Wakes the event loop; the Python-level handler runs right after this returns."""
        self.wakeup.drain()

    def _on_signal(self, signum, _frame) -> None:
        log.info("signal %s received: quitting", signum)
        self.received, self.exit_code = True, 128 + signum
        self.app.exit(self.exit_code)

    def uninstall(self) -> None:
        self.notifier.setEnabled(False)
        for sig, handler in self.previous.items():
            signal.signal(sig, handler)
        signal.set_wakeup_fd(self.previous_fd)
        self.wakeup.close()


class _WakeupChannel:
    """Where Python writes the number of a signal received (``signal.set_wakeup_fd``),
    non-blocking at both ends: a pipe, or on Windows, whose wakeup fd must be a socket, a
    socket pair (the socket module is not loaded to start elsewhere)."""

    def __init__(self) -> None:
        self.sockets = ()
        if sys.platform == "win32":
            import socket

            self.sockets = socket.socketpair()
            for end in self.sockets:
                end.setblocking(False)
            self.read_fd, self.write_fd = (end.fileno() for end in self.sockets)
        else:
            self.read_fd, self.write_fd = os.pipe()
            for fd in (self.read_fd, self.write_fd):
                os.set_blocking(fd, False)

    def drain(self) -> None:
        read = self.sockets[0].recv if self.sockets else lambda n: os.read(self.read_fd, n)
        try:
            while read(64):
                pass
        except OSError:  # nothing more to read
            pass

    def close(self) -> None:
        if self.sockets:
            for end in self.sockets:
                end.close()
        else:
            os.close(self.read_fd)
            os.close(self.write_fd)


def _save_screenshot(app, window, target: str) -> int:
    """Show ``window`` offscreen, let it populate, save its image to ``target``."""
    window.resize(1280, 800)
    window.show()
    for _ in range(5):
        app.processEvents()
    ok = window.grab().save(target)
    window.discard_changes_and_close()
    if not ok:
        print(f"briefing-app: cannot write screenshot {target}", file=sys.stderr)
        return 2
    print(target)
    return 0
