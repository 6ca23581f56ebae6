"""The main window's meeting tabs: a meeting's workspace opens in a closable tab
beside the library (once per meeting), Edit ▸ Undo/Redo follow the tab shown,
and the tabs follow the meetings (a deleted meeting's tab closes, a renamed
one's title changes).

A mixin of ``MainWindow`` (its ``tabs``, ``undo_group``, ``views``). The
workspace and the services are imported when a meeting is opened, not at the
first paint.
"""

from __future__ import annotations

from briefing_app.ui.icons import icon
from briefing_app.ui.views.common import show_error
from briefing_app.ui.window_lifecycle import may_close


class MeetingTabs:
    """Opening, closing and keeping current the tabs of meeting workspaces."""

    def sync_meeting_tabs(self) -> None:
        """Close tabs of meetings that no longer exist; keep tab titles current."""
        from briefing_app.services.meetings import meeting_titles

        with self.db.session() as s:
            titles = meeting_titles(s, self.meeting_tabs)
        for meeting_id, widget in list(self.meeting_tabs.items()):
            index = self.tabs.indexOf(widget)
            if meeting_id not in titles:
                widget.close()  # stops its preview build
                self.undo_group.removeStack(widget.undo_stack)
                self.tabs.removeTab(index)
                del self.meeting_tabs[meeting_id]
                widget.deleteLater()
            else:
                self.tabs.setTabText(index, _short(_in_interface_language(*titles[meeting_id])))

    def _on_tab_changed(self, index: int) -> None:
        """Undo follows the tab; back on the library, show what changed in a meeting."""
        stack = getattr(self.tabs.widget(index), "undo_stack", self.undo_stack)
        self.undo_group.setActiveStack(stack)
        if index == 0 and self.meeting_tabs and self.current_name in self.views:
            for name, view in self.views.items():
                view.stale = name != self.current_name
            self.views[self.current_name].reload()

    def open_meeting(self, meeting_id: int) -> None:
        """Open (or bring forward) the meeting workspace tab."""
        if meeting_id in self.meeting_tabs:
            self.tabs.setCurrentWidget(self.meeting_tabs[meeting_id])
            return
        try:
            from briefing_app.ui.views.meeting_workspace import MeetingWorkspace
        except ImportError:
            show_error(self, self.tr("Meeting"), self.tr("The meeting workspace is not available."))
            return
        workspace = MeetingWorkspace(self.db, meeting_id, self)
        title = self._meeting_title(meeting_id)
        index = self.tabs.addTab(workspace, icon("meetings"), title)
        self.tabs.setTabToolTip(index, title)
        self.meeting_tabs[meeting_id] = workspace
        self.undo_group.addStack(workspace.undo_stack)
        self.tabs.setCurrentIndex(index)

    def _meeting_title(self, meeting_id: int) -> str:
        from briefing_app.services.meetings import meeting_titles

        with self.db.session() as s:
            titles = meeting_titles(s, [meeting_id])
        if meeting_id not in titles:
            return str(meeting_id)
        return _short(_in_interface_language(*titles[meeting_id]))

    def _close_tab(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if index == 0 or not may_close(widget):
            return
        widget.close()  # its closeEvent cancels the preview build and any export
        self.undo_group.removeStack(widget.undo_stack)
        self.tabs.removeTab(index)
        self.meeting_tabs = {k: w for k, w in self.meeting_tabs.items() if w is not widget}
        widget.deleteLater()
        self.view("meetings").stale = True


def _in_interface_language(title: str, title_zh: str) -> str:
    from briefing_app.domain.bilingual import in_language
    from briefing_app.ui.language import data_language

    return in_language(data_language(), title, title_zh)


def _short(title: str) -> str:
    return title if len(title) <= 40 else title[:38] + "…"
