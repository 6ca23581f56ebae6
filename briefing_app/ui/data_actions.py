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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressBar

from briefing_app.ui import data_jobs, workers
from briefing_app.ui.views.common import plural, tr

#: Above this many lines, a failure's message goes into the box's details.
SHORT_MESSAGE_LINES = 6

#: The interchange arrays as the user reads them: (one, several); "%n" is the count.
_N = "DataTransfer"
ARRAY_LABELS = {
    "organizations": (
        QT_TRANSLATE_NOOP("DataTransfer", "%n organization"),
        QT_TRANSLATE_NOOP("DataTransfer", "%n organizations"),
    ),
    "priorities": (
        QT_TRANSLATE_NOOP("DataTransfer", "%n priority"),
        QT_TRANSLATE_NOOP("DataTransfer", "%n priorities"),
    ),
    "people": (
        QT_TRANSLATE_NOOP("DataTransfer", "%n person"),
        QT_TRANSLATE_NOOP("DataTransfer", "%n people"),
    ),
    "talking_points": (
        QT_TRANSLATE_NOOP("DataTransfer", "%n talking point"),
        QT_TRANSLATE_NOOP("DataTransfer", "%n talking points"),
    ),
    "engagements": (
        QT_TRANSLATE_NOOP("DataTransfer", "%n engagement"),
        QT_TRANSLATE_NOOP("DataTransfer", "%n engagements"),
    ),
    "meetings": (
        QT_TRANSLATE_NOOP("DataTransfer", "%n meeting"),
        QT_TRANSLATE_NOOP("DataTransfer", "%n meetings"),
    ),
    "agenda": (
        QT_TRANSLATE_NOOP("DataTransfer", "%n agenda item"),
        QT_TRANSLATE_NOOP("DataTransfer", "%n agenda items"),
    ),
    "participants (meeting)": (
        QT_TRANSLATE_NOOP("DataTransfer", "%n participant"),
        QT_TRANSLATE_NOOP("DataTransfer", "%n participants"),
    ),
    "talking_points (meeting)": (
        QT_TRANSLATE_NOOP("DataTransfer", "%n talking point chosen for a meeting"),
        QT_TRANSLATE_NOOP("DataTransfer", "%n talking points chosen for meetings"),
    ),
    "pack_versions": (
        QT_TRANSLATE_NOOP("DataTransfer", "%n pack version"),
        QT_TRANSLATE_NOOP("DataTransfer", "%n pack versions"),
    ),
    "review_comments": (
        QT_TRANSLATE_NOOP("DataTransfer", "%n review comment"),
        QT_TRANSLATE_NOOP("DataTransfer", "%n review comments"),
    ),
}


def describe_counts(counts: dict[str, int]) -> str:
    """ "16 organizations, 40 people…" in the interface's language."""
    parts = []
    for name, n in counts.items():
        if name in ARRAY_LABELS:
            one, many = (QCoreApplication.translate(_N, text) for text in ARRAY_LABELS[name])
            parts.append(plural(one, many, n))
        else:
            parts.append(f"{n} {name}")
    return tr(", ").join(parts)


def describe_effect(created: dict[str, int], updated: dict[str, int], done: bool = False) -> str:
    """What an import creates and updates (``done``: did), in the interface's language."""
    parts = []
    if created:
        text = tr("created {records}") if done else tr("create {records}")
        parts.append(text.format(records=describe_counts(created)))
    if updated:
        text = tr("updated {records}") if done else tr("update {records}")
        parts.append(text.format(records=describe_counts(updated)))
    return tr("; ").join(parts)


def attach_data_actions(window, pool=None) -> DataTransfer:
    """Add Import Data… / Export Data… to the File menu of ``window`` (a MainWindow)."""
    transfer = DataTransfer(window, pool)
    import_action = QAction(tr("&Import Data…"), window)
    import_action.triggered.connect(lambda _checked=False: transfer.ask_import())
    export_action = QAction(tr("E&xport Data…"), window)
    export_action.triggered.connect(lambda _checked=False: transfer.ask_export())
    import_action.setEnabled(not window.db.capabilities.read_only)
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
        if self._confirm(plan) and self._others_may_close():
            self._start(
                tr("Importing {file}…").format(file=Path(plan.path).name),
                data_jobs.apply_data_import,
                plan.path,
                on_finished=self._imported,
                title=tr("Import data"),
            )
        else:
            self.window.show_status(tr("Import cancelled. Nothing was changed."))

    def _others_may_close(self) -> bool:
        """Unsaved edits on screen are offered for saving first: the import reloads every
        view and closes the meeting tabs. False (nothing imported) if the user stays."""
        from briefing_app.ui.window_lifecycle import may_close

        window = self.window
        for widget in [*window.views.values(), *window.meeting_tabs.values()]:
            if not may_close(widget):
                window.show_status(tr("Import cancelled. Nothing was changed."))
                return False
        return True

    def _ask_to_apply(self, plan: data_jobs.DataImportPlan) -> bool:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("Import data"))
        box.setText(tr("{file} is valid. Importing it will {effect}.").format(
            file=Path(plan.path).name, effect=describe_effect(plan.created, plan.updated)
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
        effect = describe_effect(done.created, done.updated, done=True)
        window.show_status(tr("Imported {file}: {effect}.").format(
            file=Path(done.path).name, effect=effect
        ))  # fmt: skip
        indexing = getattr(window, "search_indexing", None)
        if indexing is not None:  # a large import's records are indexed for search after it
            indexing.start()

    def _exported(self, done: data_jobs.DataExportDone) -> None:
        counts = describe_counts(dict(done.counts)) or tr("an empty dataset")
        self.window.show_status(tr("Saved {path}: {counts}").format(path=done.path, counts=counts))
