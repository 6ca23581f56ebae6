"""Preview: the pack as it will read, rendered from the same PackContent the
Word pack uses, refreshed (debounced) as the meeting changes. Building the
content runs on the worker pool, so a large meeting never freezes the UI."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from briefing_app.ui import workers
from briefing_app.ui.views.meeting_workspace.context import WorkspaceContext

DEBOUNCE_MS = 400


def build_preview_html(
    db, meeting_id: int, language: str, include_drafts: bool, *, progress
) -> str:
    """Worker job: open a session, build the pack content, render it as HTML."""
    from briefing_app.services.pack.content import build_pack_content
    from briefing_app.services.preview_html import render_preview_html

    progress(0, 2, "")
    with db.session() as session:
        content = build_pack_content(session, meeting_id, language, include_drafts)
    progress(1, 2, "")
    return render_preview_html(content)


class PreviewPane(QWidget):
    """A QTextBrowser showing the pack; ``schedule()`` asks for a refresh."""

    refreshed = Signal()

    def __init__(
        self,
        ctx: WorkspaceContext,
        options: Callable[[], tuple[str, bool]],
        parent: QWidget | None = None,
        pool=None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self._options, self._pool = ctx, options, pool
        self._task: workers.Task | None = None
        self._pending = False
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.status = QLabel()
        self.status.setObjectName("previewStatus")
        self.status.setWordWrap(True)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh_now)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
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
        language, drafts = self._options()
        self.status.setText(self.tr("Updating preview…"))
        self._task = workers.make_task(
            build_preview_html,
            self.ctx.db,
            self.ctx.meeting_id,
            language,
            drafts,
            on_finished=self._show,
            on_failed=self._failed,
            on_cancelled=self._done,
        )
        workers.start_task(self._task, self._pool)

    def _show(self, html: str) -> None:
        bar = self.browser.verticalScrollBar()
        position = bar.value()
        self.browser.setHtml(html)
        bar.setValue(position)
        self.status.setText("")
        self._done()
        self.refreshed.emit()

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
