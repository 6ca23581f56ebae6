"""Live updates (issue 15): when someone else saves, the open views show it within
seconds; the app's own saves do not make it re-read; a form being edited is left
alone (saving it reports the collision, as before)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from briefing_app.db.migrate import open_database
from briefing_app.db.models import Organization
from briefing_app.services import library
from briefing_app.settings import Settings
from briefing_app.ui import workers
from briefing_app.ui.live_updates import LiveUpdates
from briefing_app.ui.main_window import MainWindow

pytestmark = [pytest.mark.live_updates, pytest.mark.both_backends]


@pytest.fixture
def colleague(db):
    """The same database opened a second time: another user, another copy of the app."""
    other = open_database(db.url)
    yield other
    other.dispose()


def _set(database, org_id: int, **values) -> None:
    with database.session() as s, s.begin():
        s.info["actor"] = "zhang.min"
        version = s.get(Organization, org_id).version
        library.update(s, "organization", org_id, values, version)


def _org(db, name="Ministry of Commerce") -> int:
    with db.session() as s, s.begin():
        return library.create(s, "organization", {"name_en": name}).id


def test_only_others_changes_are_reported(qtbot, db, colleague):
    org = _org(db)
    live = LiveUpdates(db, pool=workers.SynchronousPool())
    seen = []
    live.changed.connect(seen.append)
    live.start()
    live.stop()
    _set(db, org, acronym="MOFCOM")  # our own save
    live.poll()
    assert seen == []
    _set(colleague, org, acronym="MOC")
    live.poll()
    assert [[(e.actor, e.action, e.label) for e in batch] for batch in seen] == [
        [("zhang.min", "changed", "Ministry of Commerce")]
    ]
    live.poll()  # nothing new
    assert len(seen) == 1


def test_the_open_view_and_form_follow_a_colleagues_save(qtbot, db, colleague):
    org = _org(db)
    window = MainWindow(db, Settings())
    qtbot.addWidget(window)
    window.live_updates.stop()
    window.live_updates._pool = workers.SynchronousPool()
    window.show_view("organizations")
    view = window.views["organizations"]
    view.open_record(org)
    window.live_updates.poll()  # first look: from now on
    _set(colleague, org, acronym="MOC", name_en="Ministry of Commerce (MOFCOM)")
    window.live_updates.poll()
    assert view.editor.widgets["acronym"].value() == "MOC"
    assert view.model.total() == 1
    assert "zhang.min" in window.statusBar().currentMessage()
    # being edited here: the form keeps the user's text; saving reports the collision
    view.editor.widgets["acronym"].edit.setText("MINE")
    view.editor.widgets["acronym"].changed.emit()
    _set(colleague, org, acronym="THEIRS")
    window.live_updates.poll()
    assert view.editor.widgets["acronym"].value() == "MINE"
    # deleted by the colleague: the form is cleared
    view.editor.load(view.editor.loaded_values())
    with colleague.session() as s, s.begin():
        library.delete(s, "organization", org)
    window.live_updates.poll()
    assert view.editor.record_id is None and view.model.total() == 0


def test_a_meeting_tab_follows_a_colleagues_change(qtbot, db, colleague):
    from briefing_app.db.models import Meeting

    with db.session() as s, s.begin():
        meeting = Meeting(title="Roundtable 2022", venue="Old venue")
        s.add(meeting)
        s.flush()
        meeting_id = meeting.id
    window = MainWindow(db, Settings())
    qtbot.addWidget(window)
    window.live_updates.stop()
    window.live_updates._pool = workers.SynchronousPool()
    window.open_meeting(meeting_id)
    workspace = window.meeting_tabs[meeting_id]
    window.live_updates.poll()
    with colleague.session() as s, s.begin():
        s.scalars(select(Meeting)).one().venue = "Diaoyutai State Guesthouse"
    window.live_updates.poll()
    assert workspace.details.venue.text() == "Diaoyutai State Guesthouse"
