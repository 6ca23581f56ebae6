"""Place cards and badges from the Seating tab (docs/seating.md): a small
dialog (paper or label sheet, language, organization, file), then the writing
on the worker pool with a progress bar; Open shows the file written."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from briefing_app.ui import workers

LAYOUTS = ("l7165", "l7173", "l7163", "5163", "5392", "custom")


@dataclass(frozen=True)
class Request:
    """What to write: plain values for the worker."""

    kind: str  # "cards" or "badges"
    out: str
    language: str
    paper: str = "a4"
    organization: bool = False
    layout: str = "l7165"
    label: str = ""
    grid: str = ""


def write_job(db, meeting_id: int, request: Request, *, progress):
    """Worker: write the cards or badges (its own session); returns ``Written``."""
    from briefing_app.services.meetings import find_meeting
    from briefing_app.services.seating.label_sheets import sheet_named
    from briefing_app.services.seating.room_documents import export_badges, export_cards

    progress(0, 1, "")
    with db.session() as session:
        meeting = find_meeting(session, meeting_id)
        if request.kind == "cards":
            return export_cards(session, meeting, request.out, request.language,
                                request.paper, request.organization, progress)  # fmt: skip
        sheet = sheet_named(request.layout, request.label, request.grid, request.paper)
        return export_badges(session, meeting, request.out, sheet, request.language, progress)


class RoomDocumentsDialog(QDialog):
    """Options for place cards (``kind`` "cards") or badges ("badges")."""

    def __init__(self, kind: str, default_path: str, language: str, parent=None) -> None:
        super().__init__(parent)
        self.kind = kind
        cards = kind == "cards"
        self.setWindowTitle(self.tr("Place cards") if cards else self.tr("Name badges"))
        self.language = QComboBox()
        for value, label in (("en", self.tr("English")), ("zh", self.tr("Chinese")),
                             ("both", self.tr("English and Chinese"))):  # fmt: skip
            self.language.addItem(label, value)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.organization = QCheckBox(self.tr("Print the &organization under the name"))
        self.layout_box = QComboBox()
        self._layouts()
        self.label_w, self.label_h = self._mm(90), self._mm(55)
        self.cols, self.rows = self._count(2), self._count(4)
        self.path = QLineEdit(default_path)
        self.path.setMinimumWidth(self.fontMetrics().averageCharWidth() * 48)  # the name shows
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.path.textChanged.connect(self._update)
        self.layout_box.currentIndexChanged.connect(self._update)
        self._form(cards, browse)
        self._update()

    def _layouts(self) -> None:
        from briefing_app.services.seating.label_sheets import SHEETS

        for key in LAYOUTS[:-1]:
            self.layout_box.addItem(SHEETS[key].name, key)
        self.layout_box.addItem(self.tr("Custom size"), "custom")

    def _mm(self, value: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(30, 280)
        box.setDecimals(1)
        box.setSuffix(" mm")
        box.setValue(value)
        return box

    def _count(self, value: int) -> QSpinBox:
        box = QSpinBox()
        box.setRange(1, 10)
        box.setValue(value)
        return box

    def _form(self, cards: bool, browse: QPushButton) -> None:
        form = QFormLayout()
        if not cards:
            form.addRow(self.tr("&Label sheet:"), self.layout_box)
            size = QHBoxLayout()
            for widget in (self.label_w, QLabel("×"), self.label_h, QLabel(self.tr("Grid:")),
                           self.cols, QLabel("×"), self.rows):  # fmt: skip
                size.addWidget(widget)
            self.custom_row = QWidget()
            self.custom_row.setLayout(size)
            size.setContentsMargins(0, 0, 0, 0)
            form.addRow(self.tr("Custom label:"), self.custom_row)
        form.addRow(self.tr("&Paper:"), self.paper)
        form.addRow(self.tr("L&anguage:"), self.language)
        if cards:
            form.addRow("", self.organization)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path)  # a row holding a layout gets no buddy of its own
        form.addRow(file_label, file_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        note = QLabel(
            self.tr("Name the file .docx for Word or .pdf for a PDF (needs LibreOffice).")
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.buttons)

    def _update(self) -> None:
        custom = self.kind == "badges" and self.layout_box.currentData() == "custom"
        if self.kind == "badges":
            self.custom_row.setEnabled(custom)
            self.paper.setEnabled(custom)  # a named sheet has its own paper
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.path.text().strip()))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.windowTitle(), self.path.text(),
            self.tr("Word documents (*.docx);;PDF (*.pdf)"),
        )  # fmt: skip
        if path:
            self.path.setText(path)

    def request(self) -> Request:
        out = self.path.text().strip()
        if not Path(out).suffix:
            out += ".docx"
        label = f"{self.label_w.value():g}x{self.label_h.value():g}mm"
        return Request(
            self.kind, out, self.language.currentData(), self.paper.currentData(),
            self.organization.isChecked(), self.layout_box.currentData() or "l7165",
            label, f"{self.cols.value()}x{self.rows.value()}",
        )  # fmt: skip


class RoomDocumentsBar(QWidget):
    """The "Place cards…" and "Badges…" buttons, the progress and the result."""

    #: A file was written: the service's Written.
    written = Signal(object)

    def __init__(self, ctx, parent: QWidget | None = None, pool=None) -> None:
        super().__init__(parent)
        self.ctx, self._pool = ctx, pool
        self.task: workers.Task | None = None
        self.last_path: Path | None = None
        self.cards_button = QPushButton(self.tr("Place &cards…"))
        self.badges_button = QPushButton(self.tr("&Badges…"))
        self.cards_button.setToolTip(self.tr("Tent cards to fold, one a page, in seating order"))
        self.badges_button.setToolTip(self.tr("Name badges on label sheets, a colour per role"))
        self.cards_button.clicked.connect(lambda: self.ask("cards"))
        self.badges_button.clicked.connect(lambda: self.ask("badges"))
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.hide()
        self.open_button.clicked.connect(self.open_file)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.cards_button, self.badges_button, self.progress):
            row.addWidget(widget)
        row.addWidget(self.status, 1)
        row.addWidget(self.open_button)

    def _meeting(self):
        from briefing_app.services.meeting_edit import get_details

        return self.ctx.read(get_details, self.ctx.meeting_id)

    def _default_path(self, kind: str) -> str:
        title = self._meeting().title
        safe = "".join(c for c in title if c not in '<>:"/\\|?*' and ord(c) >= 32).strip()
        what = self.tr("place cards") if kind == "cards" else self.tr("badges")
        folder = self.last_path.parent if self.last_path else Path.home()
        return str(folder / f"{safe or 'meeting'} - {what}.docx")

    def dialog(self, kind: str) -> RoomDocumentsDialog:
        language = self._meeting().language or "en"
        return RoomDocumentsDialog(kind, self._default_path(kind), language, self)

    def ask(self, kind: str) -> None:
        dialog = self.dialog(kind)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.write(dialog.request())

    def write(self, request: Request) -> workers.Task | None:
        """Write on the worker pool; progress here, errors in the workspace's dialog."""
        if self.task is not None:
            return None
        self._busy(True)
        what = (
            self.tr("Writing place cards…")
            if request.kind == "cards"
            else self.tr("Writing badges…")
        )
        self.status.setText(what)
        task = self.task = workers.make_task(
            write_job, self.ctx.db, self.ctx.meeting_id, request,
            on_finished=self._finished, on_failed=self._failed,
            on_progress=self._progress, on_cancelled=self._failed, receiver=self,
        )  # fmt: skip
        task.purpose = "export"
        return workers.start_task(task, self._pool)

    def _busy(self, busy: bool) -> None:
        self.cards_button.setEnabled(not busy)
        self.badges_button.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        self.open_button.setVisible(False)

    def _progress(self, done: int, total: int, _message: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(max(0, min(done, total)))

    def _finished(self, written) -> None:
        self.task = None
        self._busy(False)
        self.last_path = Path(written.path)
        self.status.setText(self.tr("Saved {0} ({1} pages)").format(written.path, written.pages))
        self.open_button.setVisible(True)
        self.written.emit(written)

    def _failed(self, message: str = "") -> None:
        self.task = None
        self._busy(False)
        self.status.setText(self.tr("Nothing was written."))
        if message:
            self.ctx.error.emit(self.tr("Cannot write the file"), message)

    def open_file(self) -> bool:
        return bool(self.last_path) and QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(self.last_path))
        )
