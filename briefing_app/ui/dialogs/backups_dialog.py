"""Backups of the open database: list with times, Back up now, Restore…, Check database.

Also used at start-up in *recovery* mode, when the database cannot be opened:
then only restoring (from the list or another file) and checking are offered.
Backups, restores and checks run on the background worker with a busy cursor.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from briefing_app.services import backup
from briefing_app.services.backup import BackupInfo
from briefing_app.ui.views.common import confirm, show_error, tr
from briefing_app.ui.workers import make_task, start_task

PathRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class BackupsModel(QAbstractTableModel):
    """Backups newest first: Taken, Reason, Size; ``PathRole`` gives the file."""

    COLUMNS = ("taken", "reason", "size")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[BackupInfo] = []

    def set_backups(self, rows: list[BackupInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def backup_at(self, row: int) -> BackupInfo:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (tr("Taken"), tr("Reason"), tr("Size"))[section]

    def data(self, index: _Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        info = self._rows[index.row()]
        if role == PathRole:
            return str(info.path)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(info.path)
        if role == Qt.ItemDataRole.DisplayRole:
            column = self.COLUMNS[index.column()]
            if column == "taken":
                return info.created.strftime("%Y-%m-%d %H:%M:%S")
            if column == "reason":
                return reason_label(info.reason)
            return f"{info.size / 1024:,.0f} KB"
        return None


def reason_label(reason: str) -> str:
    """Readable reason for a backup's file-name tag."""
    labels = {
        "manual": tr("Backed up by hand"),
        "auto": tr("Automatic"),
        "before-import": tr("Before an import"),
        "before-restore": tr("Before a restore"),
    }
    if reason.startswith(("pre-migration", "before-migration")):
        return tr("Before an upgrade")
    if reason.startswith(("pre-import", "before-import")):
        return tr("Before an import")
    return labels.get(reason, reason.replace("-", " ").capitalize())


class BackupsDialog(QDialog):
    """The backups of ``target`` (a Database or a database file path)."""

    #: Emitted with the backup file after a restore; the main window reloads its views.
    def __init__(self, target, parent: QWidget | None = None, recovery: bool = False) -> None:
        super().__init__(parent)
        self.db = None if isinstance(target, (str, Path)) else target
        self.path = Path(target) if self.db is None else Path(self.db.path)
        self.recovery = recovery
        self.read_only = self.db is not None and self.db.capabilities.read_only
        self.restored_from: str | None = None
        self.task = None
        self.setWindowTitle(tr("Restore a Backup") if recovery else tr("Backups"))
        self._build()
        self.refresh()

    def _build(self) -> None:
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        intro = tr("Backups of {path}, newest first. Restoring keeps a backup of the "
                   "database as it is now.").format(path=self.path)  # fmt: skip
        label = QLabel(intro, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.model = BackupsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.restore_selected())
        layout.addWidget(self.table)
        self.report = QPlainTextEdit(self)
        self.report.setReadOnly(True)
        self.report.setMaximumHeight(110)
        self.report.setPlaceholderText(tr("Check results appear here."))
        layout.addWidget(self.report)
        layout.addWidget(self._buttons())

    def _buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        box.rejected.connect(self.reject)
        role = QDialogButtonBox.ButtonRole.ActionRole
        self.backup_button = self._add(box, "backup_now", tr("Back Up Now"), self.backup_now, role)
        self.restore_button = self._add(box, "restore", tr("Restore…"), self.restore_selected, role)
        self.file_button = self._add(
            box, "restore_file", tr("Restore From File…"), self.restore_from_file, role
        )
        self.check_button = self._add(box, "check", tr("Check Database"), self.check, role)
        self.backup_button.setVisible(not self.recovery)
        for button in (self.restore_button, self.file_button):
            button.setEnabled(not self.read_only)
            if self.read_only:
                button.setToolTip(tr("The database is open read-only."))
        return box

    def _add(self, box, name: str, label: str, slot, role) -> QPushButton:
        button = box.addButton(label, role)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def refresh(self) -> None:
        self.model.set_backups(backup.list_backups(self.path))
        self.table.resizeColumnToContents(0)
        if self.model.rowCount():
            self.table.selectRow(0)

    def selected_backup(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup_at(rows[0].row()) if rows else None

    # -- actions ---------------------------------------------------------------------------

    def _run(self, fn, *args, on_finished) -> None:
        self._busy(True)
        self.task = make_task(
            fn, *args, on_finished=lambda r: (self._busy(False), on_finished(r)),
            on_failed=self._failed,
        )  # fmt: skip
        self.task.purpose = fn.__name__.strip("_")  # quitting asks before cancelling it
        start_task(self.task)

    def _busy(self, busy: bool) -> None:
        for button in (self.backup_button, self.check_button):
            button.setEnabled(not busy)
        for button in (self.restore_button, self.file_button):
            button.setEnabled(not busy and not self.read_only)

    def _failed(self, message: str) -> None:
        self._busy(False)
        show_error(self, tr("Backups"), message)

    def backup_now(self) -> None:
        self._run(_backup_task, str(self.path), on_finished=self._backed_up)

    def _backed_up(self, target: str) -> None:
        self.report.setPlainText(tr("Backed up to {file}").format(file=target))
        self.refresh()

    def check(self) -> None:
        self._run(_check_task, str(self.path), on_finished=self.report.setPlainText)

    def restore_selected(self) -> None:
        info = self.selected_backup()
        if info is not None:
            self.restore_file(info.path, info.created.strftime("%Y-%m-%d %H:%M"))

    def restore_from_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, tr("Restore From File"), str(self.path.parent),
            tr("Briefing App databases (*.db *.sqlite);;All files (*)"),
        )  # fmt: skip
        if name:
            self.restore_file(Path(name), Path(name).name)

    def restore_file(self, file: Path, label: str) -> None:
        """Ask, then replace the database with ``file`` (the current one is backed up first)."""
        message = tr(
            "Replace the database with the backup “{label}”?\n\nThe database as it "
            "is now is backed up first, so you can go back."
        ).format(label=label)
        if self.read_only or not confirm(self, tr("Restore"), message, tr("Restore")):
            return
        # Checked before anything stops: a refused file leaves the window as it was.
        self._run(_validate_task, str(file), on_finished=lambda _r: self._replace_with(file))

    def _replace_with(self, file: Path) -> None:
        if self.db is not None:
            self.about_to_restore.emit()  # the window stops everything that opens the file
            self.db.engine.dispose()  # no connection may hold the old file open
        self._run(_restore_task, str(self.path), str(file), on_finished=self._restored)

    def _restored(self, result: tuple[str, str | None]) -> None:
        restored_from, previous = result
        self.restored_from = restored_from
        text = tr("Restored from {file}.").format(file=restored_from)
        if previous:
            text += " " + tr("The previous database is kept in {file}.").format(file=previous)
        self.report.setPlainText(text)
        self.refresh()
        self.database_restored.emit(restored_from)
        if self.recovery:
            self.accept()

    database_restored = Signal(str)
    #: Emitted (connected directly) just before the file is replaced: stop automatic
    #: backups, close meeting workspaces and wait for their work, so nothing connects.
    about_to_restore = Signal()


def _backup_task(path: str, progress) -> str:
    progress(tr("Backing up…"))
    return str(backup.backup_now(Path(path), "manual"))


def _check_task(path: str, progress) -> str:
    from briefing_app.services.check import check_database

    progress(tr("Checking…"))
    return "\n".join(check_database(Path(path)).lines())


def _validate_task(file: str, progress) -> str:
    progress(tr("Checking the backup…"))
    return backup.validate_backup(Path(file))


def _restore_task(path: str, file: str, progress) -> tuple[str, str | None]:
    progress(tr("Restoring…"))
    result = backup.restore(Path(path), Path(file))
    return str(result.restored_from), str(result.previous) if result.previous else None
