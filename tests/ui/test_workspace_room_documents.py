"""Place cards and badges from the Seating tab: the dialog's options, the writing
on the worker (one helper, progress), the result line, errors in the dialog."""

from __future__ import annotations

import pytest
from docx import Document
from PySide6.QtWidgets import QDialog

from briefing_app.services.pdf import NOT_AVAILABLE
from briefing_app.ui import workers
from briefing_app.ui.views.meeting_workspace import MeetingWorkspace
from briefing_app.ui.views.meeting_workspace.room_documents import RoomDocumentsDialog


@pytest.fixture
def bar(qtbot, demo_db, tmp_path):
    workers.set_default_pool(workers.SynchronousPool())
    widget = MeetingWorkspace(demo_db, 1, pool=workers.SynchronousPool())
    qtbot.addWidget(widget)
    widget.tabs.setCurrentWidget(widget.seating)
    documents = widget.seating.documents
    documents.last_path = tmp_path / "last.docx"  # the dialogs propose files in tmp_path
    yield documents
    workers.set_default_pool(None)


def test_place_cards_button_writes_the_cards_with_progress(bar, tmp_path, monkeypatch, qtbot):
    seen = []

    def accept(dialog):
        seen.append(dialog)
        dialog.language.setCurrentIndex(dialog.language.findData("both"))
        dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
        dialog.organization.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RoomDocumentsDialog, "exec", accept)
    progress = []
    bar.progress.valueChanged.connect(progress.append)
    with qtbot.waitSignal(bar.written) as blocker:
        bar.cards_button.click()
    (dialog,) = seen
    assert dialog.path.text() == str(tmp_path / "Roundtable 2022 - place cards.docx")
    written = blocker.args[0]
    document = Document(str(written.path))
    assert len(document.tables[0].rows) == written.count == written.pages == 24
    assert document.sections[0].page_width.inches == pytest.approx(11)
    assert "WIPO Office in China" in document.tables[0].rows[0].cells[1].text.replace("\xa0", " ")
    assert "Saved" in bar.status.text() and bar.open_button.isVisibleTo(bar)
    assert bar.cards_button.isEnabled() and not bar.progress.isVisibleTo(bar)


def test_badges_dialog_custom_layout(bar, tmp_path, qtbot):
    dialog = bar.dialog("badges")
    qtbot.addWidget(dialog)
    assert not dialog.custom_row.isEnabled() and not dialog.paper.isEnabled()
    dialog.layout_box.setCurrentIndex(dialog.layout_box.findData("custom"))
    assert dialog.custom_row.isEnabled() and dialog.paper.isEnabled()
    dialog.label_w.setValue(85)
    dialog.label_h.setValue(54)
    dialog.cols.setValue(2)
    dialog.rows.setValue(5)
    dialog.path.setText(str(tmp_path / "badges"))
    request = dialog.request()
    assert (request.layout, request.label, request.grid) == ("custom", "85x54mm", "2x5")
    assert request.out.endswith("badges.docx")
    with qtbot.waitSignal(bar.written) as blocker:
        bar.write(request)
    assert blocker.args[0].pages == 3
    cell = Document(request.out).tables[0].rows[0].cells[0]
    assert cell.width.mm == pytest.approx(85, abs=0.1)


def test_empty_file_name_cannot_be_accepted(bar, qtbot):
    dialog = bar.dialog("cards")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    dialog.path.setText("  ")
    assert not ok.isEnabled()
    dialog.path.setText("x.docx")
    assert ok.isEnabled()


def test_pdf_without_libreoffice_is_one_message_and_nothing_written(
    bar, tmp_path, qtbot, no_office
):
    errors = []
    bar.ctx.error.connect(lambda title, text: errors.append(text))
    request = bar.dialog("badges").request()
    target = tmp_path / "badges.pdf"
    bar.write(type(request)(**{**request.__dict__, "out": str(target)}))
    assert errors and NOT_AVAILABLE[:40] in errors[0]
    assert not target.exists() and bar.status.text() == "Nothing was written."
    assert bar.badges_button.isEnabled() and bar.task is None


def test_every_row_label_names_its_field(bar, qtbot):
    from PySide6.QtWidgets import QLabel

    dialog = bar.dialog("cards")
    qtbot.addWidget(dialog)
    labels = {label.text(): label for label in dialog.findChildren(QLabel)}
    assert labels["&File:"].buddy() is dialog.path
    assert labels["L&anguage:"].buddy() is dialog.language
