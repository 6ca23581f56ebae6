"""What the main window keeps between runs and how it closes: its geometry and
splitter positions (``ui.ini`` in the user data folder), the unsaved-changes
guard of every view and meeting tab, and background work cancelled (and waited
for) before the database is closed.

A mixin of ``MainWindow``; ``may_close`` also serves the data import, which
closes the meeting tabs first.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QSplitter

from briefing_app import paths
from briefing_app.ui.views.common import confirm

#: How long quitting waits for cancelled background work to end.
QUIT_WAIT_MS = 60_000


def ui_settings() -> QSettings:
    """Window state lives beside the database and settings (not in the registry)."""
    return QSettings(str(paths.user_data_dir() / "ui.ini"), QSettings.Format.IniFormat)


class WindowLifecycle:
    """Restoring and saving the window's state; closing it."""

    def _restore_state(self) -> None:
        state = ui_settings()
        geometry = state.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self._first_size()
        self._restore_splitter(self.splitter)

    def _first_size(self) -> None:
        """First start: most of the screen (the workspace needs room), centred."""
        area = self.screen().availableGeometry()
        width = max(1100, min(1600, area.width() * 92 // 100))
        height = max(700, min(1000, area.height() * 92 // 100))
        self.resize(min(width, area.width()), min(height, area.height()))
        self.move(area.center() - self.rect().center())

    def _restore_splitter(self, splitter: QSplitter) -> None:
        value = ui_settings().value(f"splitters/{splitter.objectName()}")
        if value is not None:
            splitter.restoreState(value)

    def save_state(self) -> None:
        state = ui_settings()
        state.setValue("window/geometry", self.saveGeometry())
        for splitter in [self.splitter, *(v.splitter for v in self.views.values())]:
            state.setValue(f"splitters/{splitter.objectName()}", splitter.saveState())
        state.sync()

    def has_unsaved_changes(self) -> bool:
        widgets = [*self.views.values(), *self.meeting_tabs.values()]
        return any(getattr(w, "has_unsaved_changes", lambda: False)() for w in widgets)

    def closeEvent(self, event) -> None:
        for widget in [*self.views.values(), *self.meeting_tabs.values()]:
            if not may_close(widget):
                event.ignore()
                return
        if not self.stop_background_work():
            event.ignore()
            return
        self.save_state()
        event.accept()

    def stop_background_work(self, ask: bool = True) -> bool:
        """Before the database is closed: cancel running work and wait for it to end.

        An export child process, an import or a restore must not outlive the
        window (``run_gui`` then disposes the database and releases the writer
        lock). With ``ask``, the user may keep work they started running (False);
        housekeeping (the preview, an automatic backup) is cancelled without asking.
        """
        from briefing_app.ui import workers  # not needed to start

        if not workers.running_tasks():
            return True
        if (
            ask
            and workers.running_tasks(user_work_only=True)
            and not confirm(
                self,
                self.tr("Work in progress"),
                self.tr(
                    "An export, import, backup or restore is still running. Cancel it and quit?"
                ),
                self.tr("Cancel and Quit"),
            )
        ):
            return False
        self.autobackup.stop()
        self.show_status(self.tr("Stopping background work…"))
        workers.cancel_and_wait(QUIT_WAIT_MS)
        return True

    def discard_changes_and_close(self) -> None:
        """Close without asking (screenshots, tests)."""
        for widget in [*self.views.values(), *self.meeting_tabs.values()]:
            if hasattr(widget, "discard_changes"):
                widget.discard_changes()
        self.stop_background_work(ask=False)
        self.close()


def may_close(widget) -> bool:
    """Ask the widget whether it may go (it offers to save unsaved edits)."""
    for name in ("maybe_leave", "maybe_close"):
        if hasattr(widget, name):
            return bool(getattr(widget, name)())
    return True
