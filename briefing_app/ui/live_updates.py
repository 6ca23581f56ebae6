"""Live updates: when someone else saves (a colleague on the team's server, a
command run beside the app, another copy of it), the open views show it within
seconds.

Every write leaves an entry in the audit trail tagged with the origin that
wrote it (``db/audit.py``). Every ``INTERVAL_MS`` a worker asks for entries
after the last one seen that another origin wrote (one indexed query,
``services.history.others_since``); the main window then re-reads the views
concerned. A form with unsaved edits is never re-read under the user's hands:
the status bar says who changed what, and saving reports the collision with
both versions, as it always does (``services/conflicts.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from briefing_app.ui import workers

# How often to look for others' changes.
INTERVAL_MS = 2000


def _poll(db, after: int | None, origin: str, progress=None):
    from briefing_app.services.history import Activity, latest_entry, others_since

    with db.session() as session:
        if after is None:  # the first look: start from now
            return Activity(latest_entry(session), [])
        return others_since(session, after, origin)


class LiveUpdates(QObject):
    """Polls the database for others' changes; ``changed(entries)`` carries them
    (``services.history.HistoryEntry``, oldest first)."""

    changed = Signal(list)

    def __init__(self, db, parent: QObject | None = None, *, pool=None) -> None:
        super().__init__(parent)
        self.db, self._pool = db, pool
        self.origin = ""  # known once the database is open (start)
        self.last: int | None = None
        self._task = None
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        """Start looking (the database must be open: the fast start opens it later)."""
        from briefing_app.db.audit import origin_of

        self.origin = origin_of(self.db.sessions)
        self.poll()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def poll(self) -> None:
        """Look once (skipped while the previous look is still running)."""
        if self._task is not None:
            return
        self._task = workers.make_task(
            _poll,
            self.db,
            self.last,
            self.origin,
            on_finished=self._finished,
            on_failed=self._failed,
            receiver=self,
        )
        workers.start_task(self._task, self._pool)

    def _finished(self, activity) -> None:
        self._task = None
        self.last = activity.last
        if activity.entries:
            self.changed.emit(activity.entries)

    def _failed(self, _message: str) -> None:
        self._task = None  # the server away for a moment: look again next time


# Which library view shows each table's records.
_VIEWS = {
    "organizations": "organizations",
    "organization_kinds": "organizations",
    "engagements": "organizations",
    "people": "people",
    "talking_points": "talking_points",
    "priorities": "priorities",
}
# Tables whose records a meeting's documents show (names, talking points).
_USED_BY_MEETINGS = frozenset({"organizations", "people", "talking_points", "priorities"})


def attach_live_updates(window, pool=None) -> LiveUpdates:
    """Start watching for others' changes once the database is open; the window's
    views follow them (:func:`show_changes`)."""
    live = LiveUpdates(window.db, window, pool=pool)
    live.changed.connect(lambda entries: show_changes(window, entries))
    window.db.when_open(lambda _db: QTimer.singleShot(0, live, live.start))
    return live


def show_changes(window, entries: list) -> None:
    """Re-read what others changed: library views (the current one now, others when
    shown), the records open in their forms unless being edited, and the meeting
    tabs concerned; the status bar says who changed what."""
    from briefing_app.ui.language import data_language

    tables = {e.entity for e in entries}
    names = {_VIEWS[t] for t in tables if t in _VIEWS}
    if tables - set(_VIEWS):
        names.add("meetings")
    current = window.stack.currentWidget()
    for name, view in window.views.items():
        if name in names:
            view.stale = True
            if view is current:
                view.refresh_from_others()
    meetings = {e.meeting_id for e in entries if e.meeting_id is not None}
    library_used = bool(tables & _USED_BY_MEETINGS)
    if meetings or "meetings" in tables:
        window.sync_meeting_tabs()
    for meeting_id, workspace in list(window.meeting_tabs.items()):
        if meeting_id in meetings or library_used:
            workspace.refresh_from_others()
    last = entries[-1]
    text = QCoreApplication.translate("LiveUpdates", "Updated: {who} {what}")
    window.show_status(text.format(who=last.actor, what=last.what(data_language())))
