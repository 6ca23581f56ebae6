"""The list of meetings; opening one shows its workspace. "New" asks for the
whole meeting at once (``dialogs.new_meeting``) and opens it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from briefing_app.ui.icons import icon
from briefing_app.ui.views import labels
from briefing_app.ui.views.library_view import LibraryView

if TYPE_CHECKING:
    from briefing_app.ui.views.record_editor import FieldSpec


class MeetingsView(LibraryView):
    """Meetings, soonest first; double-click or Enter opens the meeting workspace.

    The first paint of a fast start shows it (built light: the editor after that
    paint), so the editor's modules are imported when the editor is built."""

    KIND = "meeting"
    BUILDS_LIGHT = True
    open_meeting = Signal(int)

    def __init__(self, db, undo_stack, parent=None, first_page=None, light=False) -> None:
        #: The main window's settings (the new-meeting dialog remembers the zone in them).
        self.settings = None
        super().__init__(db, undo_stack, parent, first_page, light)
        self.table.activated.connect(self._open_index)  # double-click or Enter

    def _build_editor_side(self) -> QWidget:
        """The editor with "Open meeting" first in its row of buttons."""
        side = super()._build_editor_side()
        self.open_button = QPushButton(icon("open_record"), self.tr("Open meeting"), self)
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._open_current)
        self.button_row.insertWidget(0, self.open_button)
        return side

    def title(self) -> str:
        return self.tr("Meetings")

    def headers(self) -> list[str]:
        return [
            self.tr("Starts"),
            self.tr("Title"),
            self.tr("City"),
            self.tr("Venue"),
            self.tr("Status"),
        ]

    def cell_labels(self) -> dict:
        return {"status": labels.meeting_statuses()}

    def field_specs(self) -> list[FieldSpec]:
        from briefing_app.ui.views.fields import ChoiceField, LineField
        from briefing_app.ui.views.record_editor import FieldSpec

        statuses = list(labels.meeting_statuses().items())
        return [
            FieldSpec("title", self.tr("Title (English) *"), LineField),
            FieldSpec("title_zh", self.tr("Title (Chinese)"), LineField),
            FieldSpec("kind", self.tr("Kind"), lambda: LineField(self.tr("e.g. Roundtable"))),
            FieldSpec("city", self.tr("City"), LineField),
            FieldSpec("venue", self.tr("Venue"), LineField),
            FieldSpec("status", self.tr("Status"), lambda: ChoiceField(statuses)),
        ]

    def open_record(self, record_id: int) -> bool:
        ok = super().open_record(record_id)
        self._sync_open_button()
        return ok

    def new_record(self) -> None:
        """A new meeting: the whole form in a dialog; the meeting opens once created."""
        if self.read_only or not self.maybe_leave():
            return
        from briefing_app.settings import Settings
        from briefing_app.ui.dialogs.new_meeting import NewMeetingDialog

        dialog = NewMeetingDialog(self.db, self.settings or Settings.load(), self)
        if dialog.exec() and dialog.meeting_id is not None:
            self.created(dialog.meeting_id, dialog.title.text().strip())

    def created(self, meeting_id: int, title: str) -> None:
        """Record the new meeting as one undo step, show it in the list and open it."""
        from briefing_app.ui import undo

        text = self.tr("Create “{name}”").format(name=title)
        self.writes.record(text, *undo.created(self.KIND, meeting_id))
        self.open_record(meeting_id)
        self._changed(meeting_id, self.tr("Created “{name}”.").format(name=title))
        self.open_meeting.emit(meeting_id)

    def _changed(self, record_id, message: str) -> None:
        super()._changed(record_id, message)
        self._sync_open_button()

    def _after_undo(self, kind: str, record_id) -> None:
        super()._after_undo(kind, record_id)
        self._sync_open_button()

    def _sync_open_button(self) -> None:
        """A meeting can be opened once it exists (saved), not while it is being created."""
        self.open_button.setEnabled(self.editor.record_id is not None)

    def _open_index(self, index) -> None:
        record_id = self.proxy.id_at(index.row())
        if record_id is not None and self.maybe_leave():
            self.open_meeting.emit(record_id)

    def _open_current(self) -> None:
        if self.editor.record_id is not None and self.maybe_leave():
            self.open_meeting.emit(self.editor.record_id)
