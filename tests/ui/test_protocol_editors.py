"""The editors issue 11 added: an agenda speaker picked from the meeting's people
(or typed, for an outsider), and a new kind of organization added from the
organization editor."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from briefing_app.db.models import AgendaItem, OrganizationKind
from briefing_app.ui import workers
from briefing_app.ui.views.meeting_workspace import MeetingWorkspace
from briefing_app.ui.views.organizations import OrganizationsView
from tests.multiscript import build_multiscript_meeting


def _speaker(db, uid: str) -> tuple[str, str | None]:
    with db.session() as s:
        item = s.query(AgendaItem).filter_by(uid=uid).one()
        return item.speaker, item.speaker_person.uid if item.speaker_person else None


def test_agenda_speaker_is_a_person_or_free_text_with_undo(qtbot, db):
    world = build_multiscript_meeting(db)
    widget = MeetingWorkspace(db, world["meeting"], pool=workers.SynchronousPool())
    qtbot.addWidget(widget)
    tab = widget.agenda
    delegate = tab.view.itemDelegateForColumn(3)
    index = tab.model.index(0, 3)
    editor = delegate.createEditor(tab.view.viewport(), None, index)
    labels = [editor.itemText(i) for i in range(editor.count())]
    pandit = next(label for label in labels if "PANDIT" in label)
    editor.setCurrentIndex(labels.index(pandit))
    delegate.setModelData(editor, tab.model, index)
    assert _speaker(db, "A-open") == ("", "P-pandit")
    assert "PANDIT" in tab.model.index(0, 3).data(Qt.ItemDataRole.DisplayRole)
    widget.undo_stack.undo()
    assert _speaker(db, "A-open") == ("Mr. Jean VALJEAN (moderator)", None)
    editor.setEditText("Ms. Outside GUEST")
    delegate.setModelData(editor, tab.model, tab.model.index(1, 3))
    assert _speaker(db, "A-talk") == ("Ms. Outside GUEST", None)


def _speaker_zh(db, uid: str) -> str:
    with db.session() as s:
        return s.query(AgendaItem).filter_by(uid=uid).one().speaker_zh


def test_a_free_text_speaker_in_chinese_and_a_persons_chinese_name(qtbot, db):
    world = build_multiscript_meeting(db)
    widget = MeetingWorkspace(db, world["meeting"], pool=workers.SynchronousPool())
    qtbot.addWidget(widget)
    model = widget.agenda.model
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Speaker (Chinese)"
    editable = Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(0, 4)) & editable  # a free-text speaker
    assert model.setData(model.index(0, 4), "让·瓦尔让（主持人）")
    assert _speaker_zh(db, "A-open") == "让·瓦尔让（主持人）"
    widget.undo_stack.undo()
    assert _speaker_zh(db, "A-open") == "" and model.index(0, 4).data() == ""
    model.setData(model.index(0, 4), "让·瓦尔让（主持人）")
    # Choosing a person: the Chinese cell names the person, and cannot be typed in.
    delegate = widget.agenda.view.itemDelegateForColumn(3)
    editor = delegate.createEditor(widget.agenda.view.viewport(), None, model.index(0, 3))
    labels = [editor.itemText(i) for i in range(editor.count())]
    editor.setCurrentIndex(next(i for i, label in enumerate(labels) if "PANDIT" in label))
    delegate.setModelData(editor, model, model.index(0, 3))
    assert _speaker(db, "A-open") == ("", "P-pandit") and _speaker_zh(db, "A-open") == ""
    assert not model.flags(model.index(0, 4)) & editable
    assert not model.setData(model.index(0, 4), "另一个人")
    assert model.index(0, 4).data() == model.rows()[0].speaker_display_zh != ""
    widget.undo_stack.undo()  # back to the free text, in both languages
    assert _speaker(db, "A-open") == ("Mr. Jean VALJEAN (moderator)", None)
    assert _speaker_zh(db, "A-open") == "让·瓦尔让（主持人）"


def test_a_new_kind_is_added_from_the_organization_editor(qtbot, db):
    view = OrganizationsView(db, QUndoStack())
    qtbot.addWidget(view)
    field = view.editor.widgets["kind"]
    assert field.add_kind("Think tank", "智库") == "think_tank"
    assert field.value() == "think_tank"
    with db.session() as s:
        assert s.query(OrganizationKind).filter_by(key="think_tank").one().label_zh == "智库"
