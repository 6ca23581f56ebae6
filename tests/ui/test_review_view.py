"""The review view on a real database, offscreen: versions, decisions, comments,
Word comment import, comparison; item models checked with qtmodeltester."""

from __future__ import annotations

import docx
import pytest
from PySide6.QtCore import Qt

from briefing_app.domain.enums import Rsvp
from briefing_app.services.review.delivery import generate_version
from briefing_app.services.review.status import change_status
from briefing_app.ui.views.review import ReviewView
from briefing_app.ui.workers import SynchronousPool
from tests.services.review_data import make_meeting, participant, talking_point
from tests.services.test_pack_delivery import pack_killed_after_rename


@pytest.fixture
def meeting_id(db, tmp_path):
    """A meeting with v1 approved, then edited, and v2 generated (a draft)."""
    with db.session() as s, s.begin():
        mid = make_meeting(s)
    generate_version(db, mid, tmp_path / "v1.docx", created_by="Anna")
    for action in ("submit", "approve"):
        with db.session() as s, s.begin():
            change_status(s, mid, 1, action, by="Director Liu")
    with db.session() as s, s.begin():
        talking_point(s, "Madrid System").text_en = "Use the Madrid and Hague Systems."
        participant(s, "Wang").rsvp = Rsvp.DECLINED
    generate_version(db, mid, tmp_path / "v2.docx", created_by="Anna")
    return mid


@pytest.fixture
def view(qtbot, db, meeting_id):
    widget = ReviewView(db, meeting_id, pool=SynchronousPool())
    qtbot.addWidget(widget)
    return widget


def _column(model, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_versions_and_comparison_of_newest_with_last_approved(view, qtmodeltester):
    qtmodeltester.check(view.versions_model)
    assert _column(view.versions_model, 0) == ["v1", "v2"]
    assert _column(view.versions_model, 3) == ["approved", "draft"]
    assert view.selected().number == 2
    assert view.compare_with.currentData() == 1
    html = view.comparison.toHtml()
    assert "Changes from version 1 to version 2" in html
    assert "Hague" in html and "Invited → Declined" in html
    assert view.submit_button.isEnabled() and not view.approve_button.isEnabled()


def test_an_interrupted_pack_is_shown_as_such_and_cannot_be_reviewed(view, db, db_path, tmp_path):
    with db.session() as s, s.begin():  # new content: the pack is a new version
        participant(s, "Wang").rsvp = Rsvp.CONFIRMED
    pack_killed_after_rename(db_path, tmp_path / "v3.docx")
    view.reload()
    assert _column(view.versions_model, 0) == ["v1", "v2", "v3"]
    assert _column(view.versions_model, 3)[2] == "interrupted: file never confirmed"
    tip = view.versions_model.index(2, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert "cannot be reviewed" in tip
    assert view.selected().number == 3
    assert not any(b.isEnabled() for b in (view.submit_button, view.export_button))
    assert not view.add_button.isEnabled()
    view.versions.selectRow(1)  # v2 is still the newest pack that was delivered
    assert view.submit_button.isEnabled() and view.export_button.isEnabled()


def test_director_requests_changes_with_a_comment(view, qtbot):
    view.submit_button.click()
    assert _column(view.versions_model, 3) == ["approved", "submitted for review"]
    assert view.approve_button.isEnabled()
    view.reviewer.clear()
    view.request_button.click()
    assert view.messages[-1] == "Type your name as reviewer first."
    assert _column(view.versions_model, 3)[1] == "submitted for review"
    qtbot.keyClicks(view.reviewer, "Director Liu")
    qtbot.keyClicks(view.decision_comment, "Drop the Hague point.")
    view.request_button.click()
    assert _column(view.versions_model, 3)[1] == "changes requested"
    assert _column(view.versions_model, 4)[1].startswith("Director Liu ")
    assert view.messages[-1] == "Version 2: changes requested."
    assert _column(view.comments_model, 3) == ["Drop the Hague point."]
    assert _column(view.comments_model, 2) == ["Director Liu"]
    assert not view.approve_button.isEnabled()


def test_add_resolve_and_filter_comments(view, qtbot, qtmodeltester):
    index = view.about.findText("talking point: IP courts")
    assert index >= 0
    view.about.setCurrentIndex(index)
    qtbot.keyClicks(view.new_comment, "Name the judges.")
    view.add_button.click()
    qtmodeltester.check(view.comments_model)
    assert _column(view.comments_model, 1) == ["talking point: IP courts"]
    view.comments.selectRow(0)
    assert view.resolve_button.text() == "Resolve"
    view.resolve_button.click()
    assert _column(view.comments_model, 4) == ["yes"]
    view.show_resolved.setChecked(False)
    assert view.comments_model.rowCount() == 0


def test_word_comments_and_refusals_show_in_the_view(view, tmp_path):
    document = docx.Document(str(tmp_path / "v2.docx"))
    heading = next(p for p in document.paragraphs if p.text == "Ministry of Commerce")
    document.add_comment(heading.runs, "Check the minister.", author="Director Liu")
    document.save(str(tmp_path / "v2-director.docx"))
    view.import_comments_from(str(tmp_path / "v2-director.docx"))
    assert view.messages[-1] == "1 Word comment(s) added to version 2."
    assert _column(view.comments_model, 1) == ["organization: Ministry of Commerce"]
    foreign = tmp_path / "letter.docx"
    docx.Document().save(str(foreign))
    view.import_comments_from(str(foreign))
    assert "is not a briefing pack made by Briefing App" in view.messages[-1]
    assert view.comments_model.rowCount() == 1


def test_export_of_the_approved_version_has_no_draft_marking(view, tmp_path):
    view.versions.selectRow(0)
    assert view.compare_with.count() == 0
    assert "first version" in view.comparison.toPlainText()
    out = tmp_path / "v1-approved.docx"
    view.export_to(str(out))
    assert view.messages[-1] == f"Written: {out}"
    assert docx.Document(str(out)).sections[0].header.paragraphs[0].text == (
        "FOR OFFICIAL USE ONLY"
    )


def test_workspace_review_tab_shows_a_pack_exported_from_the_workspace(qtbot, db, tmp_path):
    from briefing_app.ui.views.meeting_workspace import MeetingWorkspace

    with db.session() as s, s.begin():
        mid = make_meeting(s)
    workspace = MeetingWorkspace(db, mid, pool=SynchronousPool())
    qtbot.addWidget(workspace)
    tabs = workspace.tabs
    assert tabs.tabText(tabs.count() - 1) == "&Review"
    assert workspace.review.versions_model.rowCount() == 0
    out = tmp_path / "pack.docx"
    with qtbot.waitSignal(workspace.export.exported, timeout=60000):
        workspace.export.export_pack(out)
    assert _column(workspace.review.versions_model, 3) == ["draft"]
    assert "DRAFT" in docx.Document(str(out)).sections[0].header.paragraphs[0].text


def test_comparison_goes_below_the_tables_when_narrow(view, qtbot):
    from PySide6.QtCore import Qt

    view.resize(1300, 700)
    view.show()
    qtbot.waitUntil(lambda: view.splitter.orientation() == Qt.Orientation.Horizontal)
    view.resize(700, 900)
    qtbot.waitUntil(lambda: view.splitter.orientation() == Qt.Orientation.Vertical)


def test_comparison_reads_in_chinese_when_the_interface_does(chinese_interface, qtbot, db,
                                                             meeting_id):  # fmt: skip
    view = ReviewView(db, meeting_id, pool=SynchronousPool())
    qtbot.addWidget(view)
    text = view.comparison.toPlainText()
    assert text.startswith("第 1 版至第 2 版的变更")
    assert "修改“Mr. WANG Lei（Supreme People's Court）”：出席情况 Invited → Declined" in text
    assert "改写“Madrid System”（正文）：" in text
    for english in ("Changes from", "Participants", "Talking points", "reworded", "rsvp"):
        assert english not in text
