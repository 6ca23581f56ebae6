"""Automatic backups while data is changing: at most one every N minutes.

``AutoBackup`` notices changes by itself (SQLAlchemy's ``after_flush`` on the
database's session factory, which fires for every session that writes, on any
thread; attached when the database makes its engine, which at a fast start is
after the window is shown) and, when the timer fires and something changed since the last
backup, takes one on the background worker. The interval is the
``backup_interval_minutes`` setting; 0 turns automatic backups off.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from briefing_app.ui.workers import run_task

log = logging.getLogger(__name__)


class AutoBackup(QObject):
    """Backs up ``db`` every ``minutes`` minutes, but only after data changed."""

    backed_up = Signal(str)  # the backup file
    failed = Signal(str)  # a readable reason

    def __init__(self, db, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.changed = False
        self.task = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.tick)
        can = db.capabilities
        self.enabled = can.file_backup and not can.read_only and minutes > 0
        self.listening = False
        if self.enabled:
            db.when_open(self._listen)
            self.timer.start(int(minutes * 60_000))

    def _listen(self, db) -> None:
        from sqlalchemy import event

        if self.enabled and not self.listening:
            event.listen(db.sessions, "after_flush", self._on_flush)
            self.listening = True

    def _on_flush(self, _session, _context) -> None:
        self.changed = True  # may run on a worker thread: only a flag is set

    def note_change(self) -> None:
        """For writes that bypass the ORM session."""
        self.changed = True

    def tick(self) -> None:
        """Timer slot: back up if data changed since the last backup and none is running."""
        if not self.enabled or not self.changed or self.task is not None:
            return
        self.changed = False
        self.task = run_task(
            _auto_backup, str(self.db.path), on_finished=self._done, on_failed=self._failed
        )

    def _done(self, target: str) -> None:
        self.task = None
        self.backed_up.emit(target)

    def _failed(self, message: str) -> None:
        self.task = None
        self.changed = True  # try again next time
        log.warning("automatic backup failed: %s", message)
        self.failed.emit(message)

    def stop(self) -> None:
        self.timer.stop()
        self.enabled = False
        if self.listening:
            from sqlalchemy import event

            self.listening = False
            if event.contains(self.db.sessions, "after_flush", self._on_flush):
                event.remove(self.db.sessions, "after_flush", self._on_flush)


def _auto_backup(path: str, progress) -> str:
    from briefing_app.services.backup import backup_now

    progress("Automatic backup…")
    return str(backup_now(Path(path), "auto"))
