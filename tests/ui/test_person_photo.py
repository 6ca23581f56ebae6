"""The people editor's photo: a real image file dropped on the photo box is read,
re-encoded and stored, shown as a thumbnail, and undone/redone with Edit ▸ Undo;
a file that is no image is explained under the box and the photo stays; Remove
photo takes it away; a new, unsaved person cannot get one yet."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QUndoStack
from sqlalchemy import select

from briefing_app.db.models import Person, PersonPhoto
from briefing_app.ui import workers
from briefing_app.ui.views.people import PeopleView
from tests.services.photo_images import jpeg_bytes, portrait, write


@pytest.fixture
def view(qtbot, demo_db):
    widget = PeopleView(demo_db, QUndoStack())
    qtbot.addWidget(widget)
    widget.photo.pool = workers.SynchronousPool()
    widget.show()
    widget.reload()
    with demo_db.session() as s:
        person_id = s.scalar(select(Person.id).where(Person.uid == "SPC-1"))
    assert widget.open_record(person_id)
    return widget


def _drop(panel, path) -> bool:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    point = QPoint(10, 10)
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, mime, buttons, modifiers)
    panel.dragEnterEvent(enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(point.toPointF(), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    panel.dropEvent(drop)
    return drop.isAccepted()


def _stored(db) -> list[tuple[int, int]]:
    with db.session() as s:
        return [(p.width, p.height) for p in s.scalars(select(PersonPhoto))]


def test_drop_a_real_image_then_undo_and_redo(view, demo_db, tmp_path):
    image = write(tmp_path / "portrait.jpg", jpeg_bytes(portrait((1200, 1500))))
    panel = view.photo
    assert not panel.has_photo() and not panel.remove_button.isEnabled()
    assert _drop(panel, image)
    assert _stored(demo_db) == [(640, 800)]
    assert panel.has_photo() and panel.remove_button.isEnabled()
    thumb = panel.picture.pixmap()
    assert (thumb.width(), thumb.height()) == (96, 120)
    assert view.undo_stack.undoText() == "Set photo of “Mr. ZHANG Li”"
    view.undo_stack.undo()
    assert _stored(demo_db) == [] and not panel.has_photo()
    view.undo_stack.redo()
    assert _stored(demo_db) == [(640, 800)] and panel.has_photo()


def test_a_file_that_is_not_an_image_is_explained_and_nothing_is_lost(view, demo_db, tmp_path):
    good = write(tmp_path / "good.jpg", jpeg_bytes(portrait((300, 400))))
    bad = write(tmp_path / "notes.png", b"these are notes, not a picture")
    panel = view.photo
    assert _drop(panel, good)
    steps = view.undo_stack.count()
    assert _drop(panel, bad)
    assert panel.error.isVisible()
    assert panel.error.text().startswith("notes.png: not an image")
    assert _stored(demo_db) == [(300, 400)] and panel.has_photo()
    assert view.undo_stack.count() == steps  # nothing recorded


def test_remove_photo_is_undoable(view, demo_db, tmp_path):
    assert _drop(view.photo, write(tmp_path / "p.jpg", jpeg_bytes(portrait((300, 400)))))
    view.photo.remove_button.click()
    assert _stored(demo_db) == [] and not view.photo.has_photo()
    assert view.undo_stack.undoText() == "Remove photo of “Mr. ZHANG Li”"
    view.undo_stack.undo()
    assert _stored(demo_db) == [(300, 400)] and view.photo.has_photo()


def test_a_new_person_cannot_take_a_photo_until_saved(view, tmp_path):
    view.new_record()
    panel = view.photo
    assert panel.person_id is None and not panel.choose_button.isEnabled()
    assert not _drop(panel, write(tmp_path / "p.jpg", jpeg_bytes(portrait((30, 40)))))
    assert "Save the person first" in panel.hint.text()


def test_deleting_the_person_says_the_photo_goes_and_undo_brings_it_back(
    view, demo_db, tmp_path, monkeypatch
):
    from briefing_app.ui.views import library_records

    said = []
    monkeypatch.setattr(library_records, "confirm", lambda p, t, m, a: said.append(m) or True)
    assert _drop(view.photo, write(tmp_path / "p.jpg", jpeg_bytes(portrait((300, 400)))))
    view.delete_current()
    assert "1 photo" in said[0]
    assert _stored(demo_db) == []
    view.undo_stack.undo()
    assert _stored(demo_db) == [(300, 400)]


def test_preferences_choose_whose_biographies_packs_have(qtbot, demo_db):
    from briefing_app.services.pack import build_pack_content
    from briefing_app.settings import Settings
    from briefing_app.ui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog(Settings.load(), demo_db)
    qtbot.addWidget(dialog)
    assert dialog.biographies.currentData() == "heads"
    dialog.biographies.setCurrentIndex(dialog.biographies.findData("all"))
    dialog.accept()
    assert Settings.load().pack_biographies == "all"
    with demo_db.session() as s:
        assert build_pack_content(s, "Roundtable").biographies_of == "all"
