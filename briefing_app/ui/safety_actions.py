"""Data-safety pieces of the main window, attached in one call: ``attach_safety(window)``.

Adds File ▸ Backups… and File ▸ Check Database… (before Preferences), starts
the automatic backups, shows start-up warnings (network drive) in the status
bar, and after a restore reloads every view (the records on screen came from
the database that was replaced).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from briefing_app.ui import workers
from briefing_app.ui.autobackup import AutoBackup
from briefing_app.ui.views.common import tr

if TYPE_CHECKING:
    from briefing_app.ui.dialogs.backups_dialog import BackupsDialog

#: How long a restore waits for cancelled background work to end.
RESTORE_WAIT_MS = 30_000


def _file_menu(window) -> QMenu | None:
    anchor = window.actions.get("preferences")
    for action in window.menuBar().actions():
        menu = action.menu()
        if menu is not None and anchor in menu.actions():
            return menu
    return None


def attach_safety(window) -> None:
    """Wire backups, check and automatic backups into ``window`` (a MainWindow)."""
    backups = QAction(tr("&Backups…"), window)
    backups.triggered.connect(lambda _checked=False: open_backups(window))
    check = QAction(tr("&Check Database…"), window)
    check.triggered.connect(lambda _checked=False: open_backups(window, check=True))
    window.actions |= {"backups": backups, "check_db": check}
    menu = _file_menu(window)
    if menu is not None:
        menu.insertActions(window.actions["preferences"], [backups, check])
        menu.insertSeparator(window.actions["preferences"])
    start_autobackup(window)
    warnings = window.db.warnings
    if warnings:
        window.db_label.setToolTip("\n\n".join(warnings))
        window.db_label.setText("⚠ " + window.db_label.text())
        window.show_status(warnings[0])


def start_autobackup(window) -> None:
    """Automatic backups of the window's database, reported in the status bar."""
    window.autobackup = AutoBackup(window.db, window.settings.backup_interval_minutes, window)
    window.autobackup.backed_up.connect(
        lambda path: window.statusBar().showMessage(tr("Automatic backup saved."), 5000)
    )
    window.autobackup.failed.connect(
        lambda message: window.show_status(tr("Automatic backup failed: {m}").format(m=message))
    )


def open_backups(window, check: bool = False) -> BackupsDialog | None:
    """The backups dialog for the window's database (None for a database server)."""
    from briefing_app.ui.dialogs.backups_dialog import BackupsDialog  # not needed to start

    if not window.db.capabilities.file_backup:
        window.show_status(tr("A database server is backed up by its administrator."))
        return None
    dialog = BackupsDialog(window.db, window)
    dialog.about_to_restore.connect(lambda: prepare_for_restore(window))
    dialog.database_restored.connect(lambda _file: reload_after_restore(window))
    if check:
        dialog.check()
    dialog.open()
    return dialog


def prepare_for_restore(window) -> None:
    """BEFORE the file is replaced: nothing else may open the database meanwhile.

    Stops automatic backups, closes meeting workspaces (their preview builds
    start child processes that connect) and cancels and waits for running work.
    """
    window.autobackup.stop()
    close_meeting_tabs(window)
    workers.cancel_and_wait(RESTORE_WAIT_MS)


def close_meeting_tabs(window) -> None:
    """Close every meeting workspace without asking; their previews and exports stop."""
    for widget in list(window.meeting_tabs.values()):
        if hasattr(widget, "discard_changes"):
            widget.discard_changes()
        widget.close()  # closeEvent cancels the preview build and any export
        window.undo_group.removeStack(widget.undo_stack)
        window.tabs.removeTab(window.tabs.indexOf(widget))
        widget.deleteLater()
    window.meeting_tabs.clear()


def reload_after_restore(window) -> None:
    """Everything on screen came from the replaced database: drop it and reload."""
    window.undo_stack.clear()
    close_meeting_tabs(window)
    if not window.autobackup.enabled:
        start_autobackup(window)  # stopped by prepare_for_restore
    for view in window.views.values():
        editor = getattr(view, "editor", None)
        if editor is not None and hasattr(view, "revert"):
            editor.record_id = None  # the record may not exist in the restored database
            view.revert()  # empty, disabled editor; unsaved edits are dropped
        view.stale = True
    current = window.views.get(window.current_name)
    if current is not None:
        current.reload()
        if hasattr(current, "open_first_if_none"):
            current.open_first_if_none()
    window.show_status(tr("The backup was restored."))
