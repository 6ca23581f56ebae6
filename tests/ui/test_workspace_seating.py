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
    assert len(items) == 22 + 2  # the table's chairs and the two interpreters behind
    host = tab.drawing.seat_item(1)
    assert "LIU" in host.row.name and host.row.role == "host"
    assert tab.warnings.text() == ""
    with demo_db.session() as s:
        no_seat = s.query(Participant).filter(Participant.seat == "").all()
        assert [p.rsvp for p in no_seat] == ["declined"]  # everyone who comes has a seat


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
    assert "Without a seat (14)" in tab.warnings.text()


def test_too_many_participants_and_seated_twice_warn(demo_workspace, demo_db):
    tab = demo_workspace.seating
    tab.shape.setCurrentIndex(tab.shape.findData("round"))
    tab.seats.setValue(4)
    tab.auto.click()
    assert "24 participants for 8 chairs" in tab.warnings.text()
    tab.seats.setValue(0)  # automatic: a chair for everyone again
    tab.auto.click()
    assert tab.warnings.text() == ""
    with demo_db.session() as s, s.begin():  # a plan edited outside the app
        seats = {st.position: st for st in s.query(Seat)}
        empty = next(st for st in seats.values() if st.participant_id is None)
        empty.participant_id = seats[1].participant_id
    tab.reload()
    assert tab.warnings.text() == "Seated more than once: Ms. LIU Hua"


def test_drag_onto_an_empty_chair_moves_the_person(demo_workspace, demo_db, qtbot):
    tab = demo_workspace.seating
    tab.seats.setValue(25)  # two chairs more than delegates: two stay empty
    tab.auto.click()
    before = _occupants(demo_db)
    empty = next(n for n in range(1, 26) if before[n] == (None, False))
    viewport = tab.drawing.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=_point(tab, 5))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=_point(tab, empty))
    after = _occupants(demo_db)
    assert after[empty] == (before[5][0], True) and after[5] == (None, True)
    assert tab.drawing.seat_item(5).row.name == ""
    with demo_db.session() as s:  # the list's Seat column follows
        assert s.get(Participant, before[5][0]).seat == str(empty)
    demo_workspace.undo_stack.undo()
    assert _occupants(demo_db) == before


def test_door_and_screen_are_drawn_on_their_side_and_undone(demo_workspace, demo_db):
    from briefing_app.db.models import SeatingPlan
    from briefing_app.ui.views.meeting_workspace.seating import RoomMarker

    tab = demo_workspace.seating
    assert not tab.door.isEnabled()  # no plan yet
    tab.auto.click()
    assert tab.door.isEnabled() and tab.door.currentData() == ""
    tab.door.setCurrentIndex(tab.door.findData("bottom"))
    tab.door.activated.emit(tab.door.currentIndex())
    tab.screen.setCurrentIndex(tab.screen.findData("left"))
    tab.screen.activated.emit(tab.screen.currentIndex())
    with demo_db.session() as s:
        plan = s.query(SeatingPlan).one()
        assert (plan.door, plan.screen) == ("bottom", "left")
    items = tab.drawing.scene().items()
    marks = {i.kind: i.sceneBoundingRect() for i in items if isinstance(i, RoomMarker)}
    chairs = [i.sceneBoundingRect() for i in items if isinstance(i, SeatItem)]
    assert all(marks["door"].top() > c.bottom() for c in chairs)
    assert all(marks["screen"].right() < c.left() for c in chairs)
    demo_workspace.undo_stack.undo()
    assert tab.screen.currentData() == "" and tab.door.currentData() == "bottom"
    kinds = {i.kind for i in tab.drawing.scene().items() if isinstance(i, RoomMarker)}
    assert kinds == {"door"}


def test_works_for_puts_the_interpreter_behind_the_principal(demo_workspace, demo_db):
    """The participant editor's Works for column: the interpreter's chair then
    stands behind the principal's (here the principal guest's)."""
    participants = demo_workspace.participants
    model = participants.model
    rows = model.rows()
    chen = next(i for i, r in enumerate(rows) if r.name.endswith("CHEN Jing"))
    wang = next(r for r in rows if r.name.endswith("WANG Jianguo"))
    index = model.index(chen, 6)
    editor = participants._principal_delegate.createEditor(participants.view, None, index)
    labels = [editor.itemText(i) for i in range(editor.count())]
    assert labels[0] == "(nobody)" and any(x.endswith("WANG Jianguo") for x in labels)
    assert not any(x.endswith("CHEN Jing") for x in labels)  # not their own principal
    editor.setCurrentIndex(editor.findData(wang.id))
    participants._principal_delegate.setModelData(editor, model, index)
    assert model.index(chen, 6).data().endswith("WANG Jianguo")
    tab = demo_workspace.seating
    tab.auto.click()
    chairs = {i.row.name: i.row for i in tab.drawing.scene().items() if isinstance(i, SeatItem)}
    principal = chairs["Mr. WANG Jianguo"]
    assert chairs["Ms. CHEN Jing"].behind == principal.position
    demo_workspace.undo_stack.undo()  # the seating
    demo_workspace.undo_stack.undo()  # the principal
    assert model.index(chen, 6).data() == ""
