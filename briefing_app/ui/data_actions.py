"""File ▸ Import Data… and File ▸ Export Data…: the JSON interchange format from
the menus, attached in one call: ``attach_data_actions(window)``.

Both run on the worker pool with a progress bar in the status bar; the window
stays usable. An import is checked first (every problem listed, as
``briefing-app import`` does) and says what it would create and update; only
then, if the user agrees, is the database backed up and the file applied, all
or nothing. Afterwards every view shows the imported data.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressBar

from briefing_app.ui import data_jobs, workers
from briefing_app.ui.views.common import tr

#: Above this many lines, a failure's message goes into the box's details.
SHORT_MESSAGE_LINES = 6


def attach_data_actions(window, pool=None) -> DataTransfer:
    """Add Import Data… / Export Data… to the File menu of ``window`` (a MainWindow)."""
    transfer = DataTransfer(window, pool)
    import_action = QAction(tr("&Import Data…"), window)
    import_action.triggered.connect(lambda _checked=False: transfer.ask_import())
    export_action = QAction(tr("E&xport Data…"), window)
    export_action.triggered.connect(lambda _checked=False: transfer.ask_export())
    import_action.setEnabled(not getattr(window.db, "read_only", False))
    window.actions |= {"import_data": import_action, "export_data": export_action}
    from briefing_app.ui.safety_actions import _file_menu

    menu = _file_menu(window)
    if menu is not None:
        anchor = window.actions.get("backups") or window.actions["preferences"]
        menu.insertActions(anchor, [import_action, export_action])
        menu.insertSeparator(anchor)
    window.data_transfer = transfer
    return transfer


class DataTransfer(QObject):
    """Runs imports and exports for the main window; one at a time."""

    def __init__(self, window, pool=None) -> None:
        super().__init__(window)
        self.window, self._pool = window, pool
        self.task: workers.Task | None = None
        self.progress = QProgressBar(window)
        self.progress.setMaximumWidth(180)
        self.progress.hide()
        window.statusBar().addWidget(self.progress)
        #: (title, message) of the last failure shown (tests read it).
        self.last_error: tuple[str, str] | None = None

    # -- asking ------------------------------------------------------------------------
    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            tr("Import data"),
            str(Path.home()),
            tr("Briefing App data (*.json);;All files (*)"),
        )
        if path:
            self.import_file(path)

    def ask_export(self) -> None:
        name = f"briefing-data-{date.today():%Y-%m-%d}.json"
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            tr("Export data"),
            str(Path.home() / name),
            tr("Briefing App data (*.json)"),
        )
        if path:
            self.export_file(path)

    # -- running -------------------------------------------------------------------------
    def import_file(self, path: str, *, confirm=None) -> workers.Task | None:
        """Check ``path`` and say what it would change; apply it if the user agrees.

        ``confirm(plan) -> bool`` replaces the question (tests).
        """
        self._confirm = confirm or self._ask_to_apply
        return self._start(
            tr("Checking {file}…").format(file=Path(path).name),
            data_jobs.preview_data_import,
            path,
            on_finished=self._planned,
            title=tr("Import data"),
        )

    def export_file(self, path: str) -> workers.Task | None:
        return self._start(
            tr("Exporting the data…"),
            data_jobs.export_data,
            path,
            on_finished=self._exported,
            title=tr("Export data"),
        )

    def _start(self, text: str, fn, *args, on_finished, title: str) -> workers.Task | None:
        if self.task is not None:
            self.window.show_status(tr("An import or export is already running."))
            return None
        self.progress.setRange(0, 0)
        self.progress.show()
        self.window.statusBar().showMessage(text)
        task = self.task = workers.make_task(
            fn,
            self.window.db,
            *args,
            on_finished=lambda result: self._done(on_finished, result),
            on_failed=lambda message: self._failed(title, message),
            on_progress=self._progressed,
            on_cancelled=lambda: self._done(lambda _r: None, None),
            receiver=self.window,
        )
        task.purpose = "import or export"  # quitting asks before cancelling it
        return workers.start_task(task, self._pool)

    def _progressed(self, done: int, total: int, _message: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(max(0, min(done, total)))

    def _done(self, then, result) -> None:
        self.task = None
        self.progress.hide()
        self.window.statusBar().clearMessage()
        then(result)

    def _failed(self, title: str, message: str) -> None:
        self._done(lambda _r: None, None)
        self.last_error = (title, message)
        box = QMessageBox(QMessageBox.Icon.Warning, title, "", QMessageBox.StandardButton.Ok)
        box.setParent(self.window, box.windowFlags())
        lines = message.splitlines()
        if len(lines) > SHORT_MESSAGE_LINES:
            box.setText(tr("{first}\n{n} problems; nothing was imported.").format(
                first=lines[0], n=len(lines) - 1
            ))  # fmt: skip
            box.setDetailedText(message)
        else:
            box.setText(message)
        box.open()

    # -- results -------------------------------------------------------------------------
    def _planned(self, plan: data_jobs.DataImportPlan) -> None:
        if plan.changes == 0:
            self.window.show_status(
                tr("Nothing to import: everything in {file} is already in the database.").format(
                    file=Path(plan.path).name
                )
            )
            return
        if self._confirm(plan):
            self._start(
                tr("Importing {file}…").format(file=Path(plan.path).name),
                data_jobs.apply_data_import,
                plan.path,
                on_finished=self._imported,
                title=tr("Import data"),
            )
        else:
            self.window.show_status(tr("Import cancelled. Nothing was changed."))

    def _ask_to_apply(self, plan: data_jobs.DataImportPlan) -> bool:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("Import data"))
        box.setText(tr("{file} is valid. Importing it will: {summary}.").format(
            file=Path(plan.path).name, summary=plan.summary
        ))  # fmt: skip
        box.setInformativeText(
            tr("The database is backed up first. Records are matched by their uid.")
        )
        if plan.cleaning:
            box.setDetailedText("\n".join(plan.cleaning))
        ok = box.addButton(tr("&Import"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is ok

    def _imported(self, done: data_jobs.DataImportDone) -> None:
        from briefing_app.ui.safety_actions import close_meeting_tabs

        window = self.window
        window.undo_stack.clear()  # earlier steps may no longer apply to the imported data
        close_meeting_tabs(window)
        for view in window.views.values():
            view.stale = True
        if window.stack.currentWidget() is getattr(window, "welcome", None):
            window.show_view("meetings")  # the page of an empty database: show what came in
        current = window.views.get(window.current_name)
        if current is not None:
            current.reload()
            current.stale = False
            current.open_first_if_none()
        window.show_status(
            tr("Imported {file}: {summary}").format(file=Path(done.path).name, summary=done.summary)
        )

    def _exported(self, done: data_jobs.DataExportDone) -> None:
        counts = ", ".join(f"{n} {name}" for name, n in done.counts) or tr("an empty dataset")
        self.window.show_status(tr("Saved {path}: {counts}").format(path=done.path, counts=counts))
