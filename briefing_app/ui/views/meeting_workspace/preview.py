"""Preview: the pack as it will read, rendered from the same PackContent the
Word pack uses, refreshed (debounced) as the meeting changes. Building the
content runs on the worker pool, so a large meeting never freezes the UI."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from briefing_app.services.preview_html import PHOTO_SCHEME
from briefing_app.ui import workers
from briefing_app.ui.export_jobs import PreviewPages
from briefing_app.ui.views.meeting_workspace.context import WorkspaceContext
from briefing_app.ui.workers import run_in_process

DEBOUNCE_MS = 400


def build_preview(db, meeting_id: int, language: str, include_drafts: bool, bios: str, *, progress):
    """Worker job: build the preview pages in a child process (keeps the GIL free)."""
    return run_in_process(
        "briefing_app.ui.export_jobs:build_preview",
        db.url,
        meeting_id,
        language,
        include_drafts,
        db.capabilities.read_only,
        bios,
        progress=progress,
    )


class PhotoBrowser(QTextBrowser):
    """A QTextBrowser whose ``photo:<sha256>`` images are the biographies' photos it was
    given (decoded by Qt from the small copies the pack holds); it loads nothing else:
    no file, no network address, whatever the HTML says."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.photos: dict[str, bytes] = {}

    def loadResource(self, kind: int, url: QUrl):
        if kind != QTextDocument.ResourceType.ImageResource.value:
            return None
        data = self.photos.get(url.path()) if url.scheme() == PHOTO_SCHEME else None
        if data is None:
            return None
        image = QImage()
        image.loadFromData(data)
        return image if not image.isNull() else None


class PreviewPane(QWidget):
    """A QTextBrowser showing the pack; ``schedule()`` asks for a refresh."""

    refreshed = Signal()

    def __init__(
        self,
        ctx: WorkspaceContext,
        options: Callable[[], tuple[str, bool, str]],
        parent: QWidget | None = None,
        pool=None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self._options, self._pool = ctx, options, pool
        self._task: workers.Task | None = None
        self._pending = False
        self.pages: PreviewPages | None = None
        self.part = QComboBox()
        self.part.setObjectName("previewPart")
        self.part.setMinimumContentsLength(24)
        self.part.currentIndexChanged.connect(self._show_part)
        self.browser = PhotoBrowser()
        self.browser.setOpenLinks(False)
        self.status = QLabel()
        self.status.setObjectName("previewStatus")
        self.status.setWordWrap(True)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh_now)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Preview:")))
        top.addWidget(self.part, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.browser)
        layout.addWidget(self.status)
        ctx.changed.connect(self.schedule)

    def schedule(self) -> None:
        """Refresh after the user pauses (restarts the debounce timer)."""
        self.timer.start()

    def refresh_now(self) -> None:
        """Start building the preview now (or once the running build is done)."""
        self.timer.stop()
        if self._task is not None:
            self._pending = True
            return
        language, drafts, bios = self._options()
        self.status.setText(self.tr("Updating preview…"))
        self._task = workers.make_task(
            build_preview,
            self.ctx.db,
            self.ctx.meeting_id,
            language,
            drafts,
            bios,
            on_finished=self._show,
            on_failed=self._failed,
            on_cancelled=self._done,
            receiver=self,
        )
        workers.start_task(self._task, self._pool)

    def _show(self, pages: PreviewPages) -> None:
        previous = self.part.currentText()
        self.pages = pages
        self.part.blockSignals(True)
        self.part.clear()
        if pages.whole is not None:
            self.part.addItem(self.tr("Whole pack"), -1)
        for n, (title, _html) in enumerate(pages.parts):
            self.part.addItem(title, n)
        self.part.setCurrentIndex(max(0, self.part.findText(previous)))
        self.part.blockSignals(False)
        self._show_part(keep_position=True)
        self.status.setText("")
        self._done()
        self.refreshed.emit()

    def _show_part(self, *_args, keep_position: bool = False) -> None:
        if self.pages is None or self.part.count() == 0:
            return
        index = self.part.currentData()
        html = self.pages.whole if index == -1 else self.pages.parts[index][1]
        self.browser.photos = self.pages.photos
        bar = self.browser.verticalScrollBar()
        position = bar.value() if keep_position else 0
        self.browser.setHtml(html or "")
        bar.setValue(position)

    def text(self) -> str:
        """Plain text of every part (what tests and screen readers can check)."""
        if self.pages is None:
            return ""
        from PySide6.QtGui import QTextDocument

        document = QTextDocument()
        out = []
        for _title, html in self.pages.parts:
            document.setHtml(html)
            out.append(document.toPlainText())
        return "\n".join(out)

    def _failed(self, message: str) -> None:
        self.status.setText(self.tr("Preview not available: {0}").format(message))
        self._done()

    def _done(self) -> None:
        self._task = None
        if self._pending:
            self._pending = False
            self.schedule()

    def shutdown(self) -> None:
        """Stop refreshing (the workspace is closing)."""
        self.timer.stop()
        if self._task is not None:
            self._task.cancel()
