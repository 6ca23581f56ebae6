"""The Seating tab on the demo roundtable: seat automatically, drag to swap,
lock, re-run around the lock, undo/redo, warnings for the unseated."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from briefing_app.db.models import Participant, Seat
from briefing_app.ui import workers
from briefing_app.ui.views.meeting_workspace import MeetingWorkspace
from briefing_app.ui.views.meeting_workspace.seating import SeatItem


@pytest.fixture
def demo_workspace(qtbot, demo_db):
    widget = MeetingWorkspace(demo_db, 1, pool=workers.SynchronousPool())
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    widget.tabs.setCurrentWidget(widget.seating)
    return widget


def _occupants(db) -> dict[int, tuple[int | None, bool]]:
    with db.session() as s:
        return {st.position: (st.participant_id, st.locked) for st in s.query(Seat)}


def _point(tab, position: int):
    item = tab.drawing.seat_item(position)
    return tab.drawing.mapFromScene(item.sceneBoundingRect().center())


def test_seat_automatically_draws_every_delegate(demo_workspace, demo_db):
    tab = demo_workspace.seating
    assert "No seating plan yet" in tab.warnings.text()
    tab.shape.setCurrentIndex(tab.shape.findData("round"))
    tab.auto.click()
    items = [i for i in tab.drawing.scene().items() if isinstance(i, SeatItem)]
    assert len(items) == 23 + 2  # the table's chairs and the two interpreters behind
    host = tab.drawing.seat_item(1)
    assert "LIU" in host.row.name and host.row.role == "host"
    assert tab.warnings.text() == ""
    with demo_db.session() as s:
        assert s.query(Participant).filter(Participant.seat == "").count() == 0


def test_drag_swaps_and_locks_undo_redo(demo_workspace, demo_db, qtbot):
    tab = demo_workspace.seating
    tab.auto.click()
    before = _occupants(demo_db)
    viewport = tab.drawing.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=_point(tab, 2))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=_point(tab, 3))
    after = _occupants(demo_db)
    assert after[2] == (before[3][0], True) and after[3] == (before[2][0], True)
    assert tab.drawing.seat_item(2).row.locked
    demo_workspace.undo_stack.undo()
    assert _occupants(demo_db) == before
    assert not tab.drawing.seat_item(2).row.locked
    demo_workspace.undo_stack.redo()
    assert _occupants(demo_db) == after


def test_lock_then_rerun_keeps_the_locked_seat(demo_workspace, demo_db):
    tab = demo_workspace.seating
    tab.auto.click()
    tab.swap(3, 20)  # put someone out of order, locked
    moved = _occupants(demo_db)[3][0]
    tab.drawing.seat_item(20).setSelected(True)
    assert tab.lock.isEnabled() and tab.lock.isChecked()
    tab.lock.click()  # unlock seat 20: the re-run may move its occupant back
    assert _occupants(demo_db)[20][1] is False
    tab.auto.click()
    assert _occupants(demo_db)[3] == (moved, True)  # the locked seat kept
    steps = [demo_workspace.undo_stack.text(i) for i in range(demo_workspace.undo_stack.count())]
    assert steps == ["Seat automatically", "Swap seats 3 and 20", "Unlock seat 20",
                     "Seat automatically"]  # fmt: skip


def test_too_few_seats_warns(demo_workspace):
    tab = demo_workspace.seating
    tab.shape.setCurrentIndex(tab.shape.findData("head"))
    tab.seats.setValue(5)
    tab.auto.click()
    assert "Without a seat (15)" in tab.warnings.text()
