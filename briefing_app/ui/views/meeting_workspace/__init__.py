"""The meeting workspace: everything needed to prepare one meeting.

``MeetingWorkspace(db, meeting_id, parent)`` is what the main window shows
when a meeting is opened: tabs for Details, Agenda, Participants and Talking
points on the left, the live pack preview on the right, and the export /
import panel below. Edits are undoable on the workspace's own QUndoStack
(``undo_stack``; the main window may add it to a QUndoGroup).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.bilingual import in_language
from briefing_app.services import meeting_edit as me
from briefing_app.ui.views.elided_label import ElidedLabel
from briefing_app.ui.views.meeting_workspace.agenda import AgendaTab
from briefing_app.ui.views.meeting_workspace.context import WorkspaceContext
from briefing_app.ui.views.meeting_workspace.details import DetailsTab
from briefing_app.ui.views.meeting_workspace.export_panel import ExportPanel
from briefing_app.ui.views.meeting_workspace.participants import ParticipantsTab
from briefing_app.ui.views.meeting_workspace.preview import PreviewPane
from briefing_app.ui.views.meeting_workspace.seating import SeatingTab
from briefing_app.ui.views.meeting_workspace.talking_points import TalkingPointsTab
from briefing_app.ui.views.review import ReviewView

__all__ = ["MeetingWorkspace"]


class MeetingWorkspace(QWidget):
    """One open meeting. ``pool`` (tests) replaces the global QThreadPool."""

    def __init__(self, db, meeting_id: int, parent: QWidget | None = None, *, pool=None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingWorkspace")
        self.ctx = WorkspaceContext(db, meeting_id, self)
        self.undo_stack = self.ctx.undo_stack
        self.errors: list[tuple[str, str]] = []
        self.ctx.error.connect(self.show_error)
        self.title = ElidedLabel()  # a long "title — date — venue" must not widen the window
        self.title.setObjectName("workspaceTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.history_button = QPushButton(self.tr("History…"))
        self.history_button.setToolTip(
            self.tr("Who changed what in this meeting, and in the organizations, people and "
                    "talking points it uses")
        )  # fmt: skip
        self.history_button.clicked.connect(self.show_history)
        self.details = DetailsTab(self.ctx)
        self.export = ExportPanel(
            self.ctx, self, pool=pool, language=lambda: self.details.language.currentData()
        )
        self.agenda = AgendaTab(self.ctx)
        self.participants = ParticipantsTab(self.ctx)
        self.talking_points = TalkingPointsTab(self.ctx)
        self.seating = SeatingTab(self.ctx)
        self.review = ReviewView(db, meeting_id, pool=pool, show_title=False)
        self.preview = PreviewPane(self.ctx, self.export.options, self, pool=pool)
        self._layout()
        self.details.language.currentIndexChanged.connect(self.preview.schedule)
        self.export.include_drafts.toggled.connect(self.preview.schedule)
        self.export.biographies.currentIndexChanged.connect(self.preview.schedule)
        self.ctx.changed.connect(self._refresh_title)
        self.ctx.reloaded.connect(self._refresh_title)
        self._refresh_title()
        self.preview.refresh_now()

    def _layout(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.addTab(self.details, self.tr("&Details"))
        self.tabs.addTab(self.agenda, self.tr("&Agenda"))
        self.tabs.addTab(self.participants, self.tr("&Participants"))
        self.tabs.addTab(self.talking_points, self.tr("&Talking points"))
        self.tabs.addTab(self.seating, self.tr("Seatin&g"))
        self.tabs.addTab(_scrolled(self.review), self.tr("&Review"))  # tall: 768-pixel screens
        self.export.exported.connect(self._after_export)
        self.review.error.connect(self.show_error)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.preview)
        self.splitter.setObjectName("meetingWorkspaceSplitter")
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([1000, 440])  # the forms need the room; the preview reflows
        layout = QVBoxLayout(self)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.history_button)
        layout.addLayout(heading)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.export)

    def _after_export(self, _result) -> None:
        """A pack export recorded a version: the review lists it, and the preview
        now shows the number the next pack will get."""
        self.review.reload()
        self.preview.schedule()

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.talking_points:
            self.talking_points.reload()  # invitations may have added groups
        elif self.tabs.currentWidget() is self.seating:
            self.seating.reload()  # participants may have been invited or removed
        elif self.tabs.currentWidget().isAncestorOf(self.review):
            self.review.reload()  # packs exported or comments imported elsewhere

    def _refresh_title(self) -> None:
        details = self.ctx.read(me.get_details, self.ctx.meeting_id)
        when = details.starts_at.strftime("%Y-%m-%d %H:%M") if details.starts_at else ""
        title = in_language(self.ctx.language, details.title, details.title_zh)
        venue = in_language(self.ctx.language, details.venue, details.venue_zh)
        self.title.setText(" — ".join(x for x in (title, when, venue) if x))
        self.setWindowTitle(title)

    def refresh_from_others(self) -> None:
        """Someone else changed this meeting or records it uses: show it, unless the
        Details form holds unsaved edits (then saving reports the collision)."""
        if self.has_unsaved_changes():
            return
        self.ctx.reloaded.emit()
        self.ctx.changed.emit()  # the preview follows

    def show_history(self) -> None:
        """The meeting's audit trail in a dialog (docs/history.md)."""
        from briefing_app.services.history import meeting_history
        from briefing_app.ui.dialogs.history_dialog import HistoryDialog

        def load(limit: int) -> list:
            return self.ctx.read(meeting_history, self.ctx.meeting_id, limit=limit)

        dialog = HistoryDialog(
            self.tr("History: {title}").format(title=self.windowTitle()), load, self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.history_dialog = dialog

    @property
    def meeting_id(self) -> int:
        return self.ctx.meeting_id

    def show_error(self, title: str, message: str) -> None:
        """A readable, window-modal error dialog (never a traceback)."""
        self.errors.append((title, message))
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def has_unsaved_changes(self) -> bool:
        """True while the Details form holds edits not yet saved (the rest saves at once)."""
        return self.details.is_dirty()

    def discard_changes(self) -> None:
        """Forget unsaved Details edits (closing without asking)."""
        self.details.reload()

    def maybe_close(self) -> bool:
        """Offer to save unsaved Details edits; False if the user cancels closing."""
        if not self.has_unsaved_changes():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved details"),
            self.tr("The meeting details have unsaved changes. Save them?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.details.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.discard_changes()
            return True
        return False

    def closeEvent(self, event) -> None:
        self.preview.shutdown()
        if self.export.task is not None:
            self.export.task.cancel()
        super().closeEvent(event)


def _scrolled(page: QWidget) -> QScrollArea:
    """``page`` in a frameless scroll area: a tab taller (or wider) than the room left
    on a small screen scrolls instead of making the main window bigger than the screen."""
    area = QScrollArea()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(page)
    return area
