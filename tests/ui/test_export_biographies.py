"""Whose biographies one pack has, chosen in the meeting's export row (starting at the
Preferences' choice), and the preview's Biographies part with photo thumbnails that
the browser answers from the pack's own photos, never from a file or the network."""

from __future__ import annotations

import docx
import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument
from sqlalchemy import select

from briefing_app.db.models import Meeting
from briefing_app.settings import Settings
from briefing_app.ui import workers
from briefing_app.ui.views.meeting_workspace import MeetingWorkspace
from tests.services.photo_images import jpeg_bytes, portrait
from tests.services.test_pack_biographies import add_photos

IMAGE = QTextDocument.ResourceType.ImageResource.value


def _workspace(qtbot, db) -> MeetingWorkspace:
    with db.session() as s:
        meeting_id = s.scalar(select(Meeting.id))
    widget = MeetingWorkspace(db, meeting_id, pool=workers.SynchronousPool())
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def workspace(qtbot, demo_db):
    add_photos(demo_db)
    return _workspace(qtbot, demo_db)


def _headings(path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs if p.style.name == "Heading 1"]


def test_the_export_row_starts_at_the_preference_without_changing_it(qtbot, demo_db):
    settings = Settings.load()
    settings.pack_biographies = "all"
    settings.save()
    workspace = _workspace(qtbot, demo_db)
    box = workspace.export.biographies
    assert box.currentData() == "all"
    assert [box.itemData(i) for i in range(box.count())] == ["heads", "all", "none"]
    assert workspace.export.options()[2] == "all"
    box.setCurrentIndex(box.findData("none"))
    assert Settings.load().pack_biographies == "all"  # one pack's choice, not the default


def test_the_preview_shows_the_biographies_with_their_photos(qtbot, workspace):
    workspace.preview.refresh_now()
    pane = workspace.preview
    assert "Biographies" in [pane.part.itemText(i) for i in range(pane.part.count())]
    text = pane.browser.toPlainText()
    assert "Heads of delegation, in order of precedence." in text
    assert text.index("Biographies") < text.index("Fictional person for demonstration.")
    assert len(pane.pages.photos) == 3
    for sha in pane.pages.photos:
        image = pane.browser.loadResource(IMAGE, QUrl(f"photo:{sha}"))
        assert isinstance(image, QImage) and not image.isNull()
    # The document laid out with the thumbnails: each image resource was asked for.
    assert all(
        isinstance(pane.browser.document().resource(IMAGE, QUrl(f"photo:{sha}")), QImage)
        for sha in pane.pages.photos
    )


def test_the_preview_loads_no_other_image(qtbot, workspace, tmp_path):
    picture = tmp_path / "elsewhere.jpg"
    picture.write_bytes(jpeg_bytes(portrait((300, 400))))
    browser = workspace.preview.browser
    for url in (QUrl.fromLocalFile(str(picture)), QUrl("photo:unknown"), QUrl("https://x.y/p")):
        assert browser.loadResource(IMAGE, url) is None


def test_choosing_none_leaves_them_out_of_preview_and_pack(qtbot, workspace, tmp_path):
    box = workspace.export.biographies
    with qtbot.waitSignal(workspace.preview.refreshed, timeout=5000):
        box.setCurrentIndex(box.findData("none"))
    assert "Heads of delegation, in order of precedence." not in workspace.preview.text()
    workspace.export.export_pack(tmp_path / "none.docx")
    assert not any(h.startswith("Biographies") for h in _headings(tmp_path / "none.docx"))
    with qtbot.waitSignal(workspace.preview.refreshed, timeout=5000):
        box.setCurrentIndex(box.findData("all"))
    assert "Participants, in order of precedence." in workspace.preview.text()
    workspace.export.export_pack(tmp_path / "all.docx")
    assert "Biographies" in _headings(tmp_path / "all.docx")
    body = "\n".join(p.text for p in docx.Document(str(tmp_path / "all.docx")).paragraphs)
    assert "Participants, in order of precedence." in body
