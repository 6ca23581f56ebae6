"""Export the briefing set (pack + list + PDF copies into one folder), the Word
pack or the Excel participant list alone; import an edited list.

All work runs on the worker pool with a progress bar and Cancel; the UI stays
responsive. Afterwards "Open" and "Show in folder" act on the file written.
Errors arrive as readable messages (the workspace shows them in a dialog).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.ui import workers
from briefing_app.ui.dialogs.import_preview import ImportPreviewDialog
from briefing_app.ui.views.biography_choice import biography_combo
from briefing_app.ui.views.meeting_workspace import jobs
from briefing_app.ui.views.meeting_workspace.briefing_set_button import BriefingSetButton
from briefing_app.ui.views.meeting_workspace.context import WorkspaceContext


class ExportPanel(QWidget):
    """Buttons, options, progress and the result of the last export."""

    #: An export finished: ExportResult.
    exported = Signal(object)
    #: An import was applied: ApplyResult.
    imported = Signal(object)
    #: An import preview is ready (before the dialog opens): ImportPreview.
    previewReady = Signal(object)
    #: A task was created and is about to start: Task.
    started = Signal(object)

    def __init__(
        self, ctx: WorkspaceContext, parent: QWidget | None = None, pool=None, *, language=None
    ) -> None:
        super().__init__(parent)
        self.ctx, self._pool = ctx, pool
        #: () -> "en" | "zh" | "both": the pack language, chosen once, on the Details tab.
        self._language = language or self._stored_language
        #: Another instance writes (or the file is read-only): export documents only.
        self.read_only = ctx.db.capabilities.read_only
        self.task: workers.Task | None = None
        self.last_path: Path | None = None
        self._build()

    def _stored_language(self) -> str:
        from briefing_app.services.meeting_edit import get_details

        return self.ctx.read(get_details, self.ctx.meeting_id).language

    def _build(self) -> None:
        self.include_drafts = QCheckBox(self.tr("Include draft talking points"))
        self.pdf_box = self._pdf_box()
        self.biographies = self._biography_box()
        self.set_button = BriefingSetButton(self)
        self.set_button.requested.connect(self.export_briefing_set)
        self.set_button.failed.connect(lambda m: self.ctx.error.emit(self.tr("Settings"), m))
        self.pack_button = QPushButton(self.tr("Export &Word pack…"))
        self.list_button = QPushButton(self.tr("Export participant &list…"))
        self.import_button = QPushButton(self.tr("&Import edited list…"))
        self.pack_button.clicked.connect(self.ask_export_pack)
        self.list_button.clicked.connect(self.ask_export_participants)
        self.import_button.clicked.connect(self.ask_import)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Open"))
        self.folder_button = QPushButton(self.tr("Open &folder"))
        self.open_button.clicked.connect(self.open_file)
        self.folder_button.clicked.connect(self.show_in_folder)
        self._set_result_buttons(False)
        if self.read_only:
            self.import_button.setToolTip(
                self.tr("The database is open read-only: an edited list cannot be imported.")
            )
        self._busy(False)
        top = QHBoxLayout()
        top.addWidget(self.include_drafts)
        top.addWidget(self.pdf_box)
        label = QLabel(self.tr("Biographi&es:"))
        label.setBuddy(self.biographies)
        top.addWidget(label)
        top.addWidget(self.biographies)
        top.addStretch(1)
        for widget in (self.set_button, self.pack_button, self.list_button, self.import_button):
            top.addWidget(widget)
        bottom = QHBoxLayout()
        for widget in (self.progress, self.cancel_button):
            bottom.addWidget(widget)
        bottom.addWidget(self.status, 1)
        for widget in (self.open_button, self.folder_button):
            bottom.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(bottom)

    def _pdf_box(self) -> QCheckBox:
        """ "As PDF": the pack and the list are exported as PDF files made by LibreOffice;
        greyed out, saying how to get it, when LibreOffice is not installed."""
        from briefing_app.services.pdf import find_office

        box = QCheckBox(self.tr("As P&DF"))
        box.setObjectName("pdfBox")
        if find_office() is None:
            box.setEnabled(False)
            box.setToolTip(
                self.tr(
                    "PDF needs LibreOffice (free), which was not found on this computer: "
                    "install it from libreoffice.org (or your system's software centre), or "
                    "put its soffice program on the PATH, then open this meeting again."
                )
            )
        else:
            box.setToolTip(
                self.tr(
                    "Export the Word pack and the participant list as PDF files, made by "
                    "LibreOffice (contents updated, fonts embedded)."
                )
            )
        return box

    def _biography_box(self):
        """Whose biographies this pack has; starts at the Preferences' choice (the
        ``pack_biographies`` setting), which it does not change."""
        from briefing_app.settings import Settings

        combo = biography_combo(Settings.load().pack_biographies, self)
        combo.setToolTip(
            self.tr(
                "Whose biographies (with photos) this pack has. The default for every "
                "pack is in File ▸ Preferences."
            )
        )
        return combo

    def pdf_wanted(self) -> bool:
        return self.pdf_box.isEnabled() and self.pdf_box.isChecked()

    def options(self) -> tuple[str, bool, str]:
        """(pack language, include drafts, whose biographies): the language is the one on
        the Details tab (even before it is saved), the others are here; the preview
        follows all three."""
        return self._language(), self.include_drafts.isChecked(), self.biographies.currentData()

    # -- running ---------------------------------------------------------------------------
    def _start(self, text: str, fn, *args, on_finished) -> workers.Task | None:
        if self.task is not None:
            return None
        self._busy(True, text)
        task = self.task = workers.make_task(
            fn,
            self.ctx.db,
            self.ctx.meeting_id,
            *args,
            on_finished=lambda result: self._finish(on_finished, result),
            on_failed=self._failed,
            on_progress=self._progress,
            on_cancelled=self._cancelled,
            receiver=self,
        )
        task.purpose = "export or import"  # quitting asks before cancelling it
        self.started.emit(task)
        return workers.start_task(task, self._pool)

    def _busy(self, busy: bool, text: str = "") -> None:
        for button in (self.set_button, self.pack_button, self.list_button):
            button.setEnabled(not busy)
        self.import_button.setEnabled(not busy and not self.read_only)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.progress.setRange(0, 0)
        if busy:
            self._set_result_buttons(False)
        self.status.setText(text)

    def _progress(self, done: int, total: int, message: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(max(0, min(done, total)))
        if message:
            self.status.setText(message)

    def _finish(self, then, result) -> None:
        self.task = None
        self._busy(False)
        then(result)

    def _failed(self, message: str) -> None:
        self.task = None
        self._busy(False, self.tr("Failed."))
        self.ctx.error.emit(self.tr("Export or import failed"), message)

    def _cancelled(self) -> None:
        self.task = None
        self._busy(False, self.tr("Cancelled. Nothing was written."))

    def cancel(self) -> None:
        if self.task is not None:
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))
            self.task.cancel()

    # -- exports ---------------------------------------------------------------------------
    def export_pack(self, path: str | Path) -> workers.Task | None:
        """Write the pack into ``path``: a Word file, or a PDF for a .pdf path."""
        language, drafts, bios = self.options()
        pdf = Path(path).suffix.lower() == ".pdf"
        return self._start(
            self.tr("Writing the pack as PDF…") if pdf else self.tr("Writing the Word pack…"),
            jobs.export_pack_job,
            str(path),
            language,
            drafts,
            self.read_only,
            bios,
            on_finished=self._exported,
        )

    def export_participants(self, path: str | Path) -> workers.Task | None:
        """Write the participant list into ``path``: an Excel file, or a PDF for .pdf."""
        language = self.options()[0]
        pdf = Path(path).suffix.lower() == ".pdf"
        return self._start(
            self.tr("Writing the participant list as PDF…")
            if pdf
            else self.tr("Writing the participant list…"),
            jobs.export_participants_job,
            str(path),
            language,
            self.read_only,
            on_finished=self._exported,
        )

    def export_briefing_set(self, folder: str | Path, pdf: bool = False) -> workers.Task | None:
        """Pack, list (and PDF copies) into ``folder``, named after the meeting."""
        language, drafts, bios = self.options()
        return self._start(
            self.tr("Writing the briefing set…"),
            jobs.briefing_set_job,
            str(folder),
            language,
            drafts,
            pdf,
            self.read_only,
            bios,
            on_finished=self._set_written,
        )

    def _set_written(self, result) -> None:
        """Say what the set holds and where; Open folder shows it."""
        self.last_path = Path(result.pack)
        if result.version is None:
            pack = self.tr("the Word pack (not recorded: the database is read-only)")
        else:
            pack = self.tr("the Word pack (pack version {n})").format(n=result.version)
        text = self.tr("Saved in {folder}: {pack} and the participant list").format(
            folder=result.folder, pack=pack
        )
        if result.pdfs:
            text += self.tr(", with PDF copies of both")
        text += "."
        if result.office_missing:
            text += " " + self.tr("No PDF copies: LibreOffice is not installed on this computer.")
        elif result.pdf_note:
            text += " " + self.tr("No PDF copies: {reason}").format(reason=result.pdf_note)
        if result.notes:
            text += " " + self.tr("Cleaned: {0}").format("; ".join(result.notes[:3]))
        self.status.setText(text)
        self._set_result_buttons(True)
        self.folder_button.setFocus()
        self.exported.emit(result)

    def _exported(self, result: jobs.ExportResult) -> None:
        self.last_path = Path(result.path)
        text = self.tr("Saved {0}").format(self.last_path)
        if result.notes:
            text += " — " + self.tr("cleaned: {0}").format("; ".join(result.notes[:3]))
        self.status.setText(text)
        self._set_result_buttons(True)
        self.exported.emit(result)

    def _set_result_buttons(self, enabled: bool) -> None:
        self.open_button.setEnabled(enabled)
        self.folder_button.setEnabled(enabled)

    def open_file(self) -> bool:
        return bool(self.last_path) and QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(self.last_path))
        )

    def show_in_folder(self) -> bool:
        return bool(self.last_path) and QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(self.last_path.parent))
        )

    # -- import ----------------------------------------------------------------------------
    def import_participants(self, path: str | Path, *, confirm=None) -> workers.Task | None:
        """Preview the import on the worker, show it, and apply it if the user agrees.

        ``confirm(preview) -> bool`` replaces the dialog (tests); by default the
        ImportPreviewDialog asks. Refused (None) when the database is read-only.
        """
        if self.read_only:
            return None
        self._confirm = confirm or self._confirm_with_dialog
        return self._start(
            self.tr("Reading the edited list…"),
            jobs.preview_import_job,
            str(path),
            on_finished=self._previewed,
        )

    def _confirm_with_dialog(self, preview) -> bool:
        return ImportPreviewDialog(preview, self).exec() == QDialog.DialogCode.Accepted

    def _previewed(self, preview) -> None:
        self.previewReady.emit(preview)
        self.status.setText(preview.counts())
        if self._confirm(preview):
            self._start(
                self.tr("Applying the import…"),
                jobs.apply_import_job,
                preview,
                on_finished=self._applied,
            )
        else:
            self.status.setText(self.tr("Import cancelled. Nothing was changed."))

    def _applied(self, result) -> None:
        self.status.setText(self.tr("Imported: {0}").format(result.describe()))
        self.ctx.undo_stack.clear()  # earlier steps may no longer apply to the new list
        self.ctx.reloaded.emit()
        self.ctx.changed.emit()
        self.imported.emit(result)

    # -- asking for files ------------------------------------------------------------------
    def _default_name(self, suffix: str, what: str) -> str:
        """'<meeting title> - <what><suffix>' in the folder of the last export (or home)."""
        from briefing_app.services.meeting_edit import get_details

        title = self.ctx.read(get_details, self.ctx.meeting_id).title
        safe = "".join(c for c in title if c not in '<>:"/\\|?*' and ord(c) >= 32).strip()
        folder = self.last_path.parent if self.last_path else Path.home()
        return str(folder / f"{safe or 'meeting'} - {what}{suffix}")

    def _ask_where(self, pdf_title: str, native: tuple[str, str, str], what: str, export) -> None:
        """Ask where the document goes and ``export`` it there: a PDF when the PDF box is
        ticked, else ``native`` (dialog title, suffix, file kinds); named after ``what``."""
        if self.pdf_wanted():
            title, suffix, kinds = pdf_title, ".pdf", self.tr("PDF documents (*.pdf)")
        else:
            title, suffix, kinds = native
        name = self._default_name(suffix, what)
        path, _ = QFileDialog.getSaveFileName(self, title, name, kinds)
        if path:
            export(path)

    def ask_export_pack(self) -> None:
        self._ask_where(
            self.tr("Export pack as PDF"),
            (self.tr("Export Word pack"), ".docx", self.tr("Word documents (*.docx)")),
            self.tr("briefing pack"),
            self.export_pack,
        )

    def ask_export_participants(self) -> None:
        self._ask_where(
            self.tr("Export participant list as PDF"),
            (self.tr("Export participant list"), ".xlsx", self.tr("Excel workbooks (*.xlsx)")),
            self.tr("participants"),
            self.export_participants,
        )

    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import edited participant list"),
            str(Path.home()),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if path:
            self.import_participants(path)
