"""Opening the database at start-up, with every failure turned into a choice.

``open_database_interactively`` takes the writer lock, opens and upgrades the
database and returns a ``Database`` (``read_only``, ``read_only_reason``,
``warnings``; ``dispose()`` releases the lock). On the way:

* another instance holds the lock → say who, offer read-only or quit;
* read-only file or folder → open read-only (the main window shows a banner);
* network drive → a warning, kept in ``warnings``;
* not a database, damaged, newer schema → offer to restore a backup, or quit.

It never shows a traceback; it returns None when the user chose to quit.

Start-up stays fast: before opening, only the file's header and size are
checked; SQLite's full integrity check runs when opening fails (to say what is
wrong) and, through ``check_in_background``, on the worker pool once the main
window is shown (a problem found there gets the status bar and a dialog that
offers the backups).

An ordinary database does not come here at start-up: ``ui.fast_start`` opens
it without SQLAlchemy and falls back to this module for anything unusual.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.exc import DatabaseError, OperationalError

from briefing_app.db.migrate import DatabaseOpenError
from briefing_app.db.session import Database, DatabaseLocationError, resolve_url, sqlite_path
from briefing_app.errors import UserError
from briefing_app.services import environment
from briefing_app.services.lock import (
    DatabaseLockedError,
    ReadOnlyOpenError,
    WriterLock,
    open_read_only_database,
)
from briefing_app.ui.views.common import show_error, tr
from briefing_app.ui.views.problem_text import error_text

log = logging.getLogger(__name__)
MAX_RESTORE_ATTEMPTS = 3


def _box(parent, icon, title: str, text: str, name: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName(name)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    return box


def _choose(box: QMessageBox, choices: list[tuple[str, str, QMessageBox.ButtonRole]]) -> str:
    """Show ``box`` with named buttons; returns the name of the one clicked ("" if closed)."""
    buttons = {}
    for name, label, role in choices:
        button = box.addButton(label, role)
        button.setObjectName(name)
        buttons[button] = name
    box.setDefaultButton(next(iter(buttons)))
    box.exec()
    return buttons.get(box.clickedButton(), "")


def ask_locked(parent: QWidget | None, error: DatabaseLockedError) -> str:
    """ "read_only" or "quit" when another instance writes to the database."""
    who = error.holder.describe() if error.holder else tr("another program")
    box = _box(
        parent, QMessageBox.Icon.Warning, tr("Database in use"),
        tr("{path} is already open in Briefing App by {who}.\n\nOnly one copy of the app "
           "can change a database at a time. You can open it read-only to look things up "
           "and export documents, or quit.").format(path=error.database, who=who),
        "database_locked",
    )  # fmt: skip
    return _choose(box, [
        ("read_only", tr("Open Read-Only"), QMessageBox.ButtonRole.AcceptRole),
        ("quit", tr("Quit"), QMessageBox.ButtonRole.RejectRole),
    ]) or "quit"  # fmt: skip


def ask_broken(parent: QWidget | None, path: Path, problem: str) -> str:
    """ "restore" or "quit" when the database cannot be opened."""
    box = _box(
        parent, QMessageBox.Icon.Critical, tr("Cannot open the database"),
        tr("{problem}\n\nYou can restore one of the backups of this database (the file as "
           "it is now is kept), or quit and check the file.").format(problem=problem),
        "database_broken",
    )  # fmt: skip
    box.setInformativeText(str(path))
    return _choose(box, [
        ("restore", tr("Restore a Backup…"), QMessageBox.ButtonRole.AcceptRole),
        ("quit", tr("Quit"), QMessageBox.ButtonRole.RejectRole),
    ]) or "quit"  # fmt: skip


def warn_network(parent: QWidget | None, warning: str) -> bool:
    """Show the network-drive warning; True to open anyway."""
    box = _box(parent, QMessageBox.Icon.Warning, tr("Database on a network drive"), warning,
               "network_warning")  # fmt: skip
    choice = _choose(box, [
        ("open", tr("Open Anyway"), QMessageBox.ButtonRole.AcceptRole),
        ("quit", tr("Quit"), QMessageBox.ButtonRole.RejectRole),
    ])  # fmt: skip
    return choice == "open"


def open_database_interactively(location, parent: QWidget | None = None) -> Database | None:
    """Open the database at ``location`` as described in the module docstring."""
    try:
        url = resolve_url(location)
    except DatabaseLocationError as exc:
        show_error(parent, tr("Cannot open the database"), str(exc))
        return None
    path = sqlite_path(url)
    if path is None:
        return _open_server(url, parent)
    warnings = []
    warning = environment.network_warning(path)
    if warning:
        if not warn_network(parent, warning):
            return None
        warnings.append(warning)
    reason = environment.read_only_reason(path)
    if reason:
        return _open_read_only(path, reason, warnings, parent)
    return _open_for_writing(url, path, warnings, parent)


def _open_server(url: str, parent) -> Database | None:
    from briefing_app.db.migrate import open_database

    try:
        db = open_database(url)
    except (DatabaseOpenError, DatabaseError, UserError) as exc:
        show_error(parent, tr("Cannot open the database"), str(exc))
        return None
    environment.install_storage_errors(db.engine)
    return db


def _open_for_writing(url: str, path: Path, warnings: list[str], parent) -> Database | None:
    lock = WriterLock(path)
    try:
        lock.acquire()
    except DatabaseLockedError as exc:
        if ask_locked(parent, exc) != "read_only":
            return None
        return _open_read_only(path, tr("another copy of the app is using it"), warnings, parent)
    except UserError as exc:  # the lock file cannot be created: treat as read-only
        return _open_read_only(path, str(exc), warnings, parent)
    db = _open_with_recovery(url, path, lock, warnings, parent)
    if db is None:
        lock.release()
    return db


def _open_with_recovery(
    url: str, path: Path, lock: WriterLock, warnings: list[str], parent
) -> Database | None:
    """Open and upgrade; a broken file gets the restore offer, a few times at most."""
    from briefing_app.db.migrate import open_database

    for _attempt in range(MAX_RESTORE_ATTEMPTS):
        try:
            _precheck(path)
            db = open_database(url, lock=lock, warnings=warnings)
        except (DatabaseOpenError, DatabaseError, UserError) as exc:
            problem = _problem_text(path, exc)
            log.warning("cannot open %s: %s", path, problem)
            if ask_broken(parent, path, problem) != "restore" or not _restore(path, parent):
                return None
            continue
        environment.install_storage_errors(db.engine)
        return db
    return None


def _precheck(path: Path) -> None:
    """Damage SQLite would only notice later (truncation, an emptied file) stops us here.

    Only the file's header and size are read: the full integrity check costs a
    quarter of a second on a large database, so it runs when opening fails
    (``_problem_text``) and after the window is shown (``check_in_background``).
    """
    from briefing_app.services.check import header_problem

    if not path.exists():
        return
    if path.stat().st_size == 0:
        from briefing_app.services.backup import list_backups

        if list_backups(path):  # it held data once: do not silently start afresh
            raise DatabaseOpenError(f"{path} is empty (0 bytes); its data is gone from this file")
        return
    problem = header_problem(path)
    if problem:
        raise DatabaseOpenError(problem)


def _problem_text(path: Path, exc: Exception) -> str:
    if isinstance(exc, DatabaseError) and not isinstance(exc, DatabaseOpenError):
        from briefing_app.services.check import check_database

        problems = check_database(path).problems
        return f"{path}: " + ("; ".join(problems[:3]) or str(getattr(exc, "orig", exc)))
    return str(exc)


def _restore(path: Path, parent) -> bool:
    """Let the user pick a backup and restore it; True when something was restored."""
    from briefing_app.ui.dialogs.backups_dialog import BackupsDialog

    dialog = BackupsDialog(path, parent=parent, recovery=True)
    dialog.exec()
    return dialog.restored_from is not None


def _open_read_only(path: Path, reason: str, warnings: list[str], parent) -> Database | None:
    try:
        return open_read_only_database(path, reason, warnings)
    except ReadOnlyOpenError as exc:
        problem = error_text(exc)
    except (DatabaseError, OperationalError) as exc:
        problem = _problem_text(path, exc)
    except UserError as exc:
        problem = str(exc)
    show_error(parent, tr("Cannot open the database"), problem)
    return None


def banner_text(db) -> str:
    """The read-only banner's text for the main window ("" when writable)."""
    if not db.capabilities.read_only:
        return ""
    reason = db.read_only_reason or tr("opened read-only")
    return tr("Read-only: {reason}. You can look things up and export documents; changes "
              "cannot be saved.").format(reason=reason)  # fmt: skip


# -- after the window is shown ------------------------------------------------------------


def check_in_background(window):
    """Run the full health check of ``window.db`` on the worker pool; returns the Task.

    A problem (damaged pages, broken references) is shown in the status bar and
    in a dialog that offers the backups; None for a database server or a
    database that is not a file yet.
    """
    from briefing_app.ui.workers import run_task

    path = window.db.path if window.db.capabilities.file_backup else None
    if path is None or not path.exists():
        return None
    return run_task(
        _diagnose,
        str(path),
        on_finished=lambda problem: _report_problem(window, problem),
        on_failed=lambda message: log.warning("background check failed: %s", message),
    )


def _diagnose(path: str, progress) -> str | None:
    from briefing_app.services.check import diagnose_for_open

    progress(message="Checking the database…")
    return diagnose_for_open(path)


def _report_problem(window, problem: str | None) -> None:
    from shiboken6 import isValid

    if not problem or not isValid(window):  # the window may be gone (another database)
        return
    log.warning("background check: %s", problem)
    window.show_status(tr("The database has problems: {p}").format(p=problem))
    box = _box(
        window, QMessageBox.Icon.Critical, tr("The database has problems"),
        tr("{problem}\n\nKeep working only if you must. You can restore one of the backups of "
           "this database (the file as it is now is kept).").format(problem=problem),
        "database_damaged",
    )  # fmt: skip
    if _choose(box, [
        ("backups", tr("Show Backups…"), QMessageBox.ButtonRole.AcceptRole),
        ("later", tr("Later"), QMessageBox.ButtonRole.RejectRole),
    ]) == "backups":  # fmt: skip
        from briefing_app.ui.safety_actions import open_backups

        open_backups(window)
