"""The whole job a new user does, through the real widgets: create a meeting
in the main window, open it, fill in the details, invite three organizations
(picking them in the dialog), choose talking points, export the Word pack and
the Excel participant list, and check both files reopened."""

from __future__ import annotations

from datetime import datetime

import docx
import openpyxl
import pytest
from PySide6.QtCore import QDateTime

from briefing_app.settings import Settings
from briefing_app.ui import workers
from tests.ui.meeting_dialog import answer_next_dialog
from tests.ui.workspace_world import build_world


@pytest.fixture
def synchronous_workers():
    workers.set_default_pool(workers.SynchronousPool())
    yield
    workers.set_default_pool(None)


def _create_meeting(window) -> int:
    def fill(dialog):
        dialog.title.setText("Roundtable 2023 with government officials")
        dialog.city.setText("Beijing")
        dialog.suggest.setChecked(False)  # chosen by hand below

    answer_next_dialog(fill)
    window.actions["new_meeting"].trigger()
    return window.view("meetings").editor.record_id


def _fill_details(ws) -> None:
    details = ws.details
    details.dated.setChecked(True)
    details.starts.setDateTime(QDateTime(datetime(2023, 3, 22, 9, 30)))
    details.has_end.setChecked(True)
    details.ends.setDateTime(QDateTime(datetime(2023, 3, 22, 12, 0)))
    details.timezone.setCurrentText("Asia/Shanghai")
    details.venue.setText("WIPO Office in China, meeting room 1")
    details.objectives.setPlainText("Present WIPO's Medium-Term Strategic Plan 2022-2026.")
    assert details.problems() == {}
    assert details.save()


def _invite(ws, world) -> None:
    wanted = [world["cnipa"], world["spc"], world["mofa"]]
    answer_next_dialog(lambda dialog: dialog.select_ids(wanted))
    ws.participants.ask_organizations()

    def pick_zhou(dialog):  # the heads are seated already; the court's judge joins
        dialog.filter.setText("Zhou")
        dialog.select_ids([world["zhou"]])

    answer_next_dialog(pick_zhou)
    ws.participants.ask_people()


def _choose_points(ws, world) -> None:
    ws.tabs.setCurrentWidget(ws.talking_points)
    tab = ws.talking_points
    for org in ("spc", "mofa", "cnipa"):
        tab.select_group(world[org])
        tab.status_filter.setCurrentIndex(tab.status_filter.findData("approved"))
        assert tab.library.rowCount() >= 1
        tab.library_view.selectRow(0)
        tab.pick_selected()
    tab.select_group(None)
    tab.library_view.selectRow(0)
    tab.pick_selected()


def _docx_text(path) -> str:
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_new_user_prepares_a_meeting_end_to_end(qtbot, db, tmp_path, synchronous_workers):
    from briefing_app.ui.main_window import MainWindow

    world = build_world(db)
    window = MainWindow(db, Settings.load())
    qtbot.addWidget(window)
    window.show()
    meeting_id = _create_meeting(window)
    ws = window.meeting_tabs[meeting_id]  # opened once created
    _fill_details(ws)
    _invite(ws, world)
    assert [r.organization for r in ws.participants.model.rows()] == [
        "Supreme People's Court",
        "Supreme People's Court",
        "Ministry of Foreign Affairs",
        "China National Intellectual Property Administration",
    ]
    ws.agenda.add_item("Opening remarks")
    _choose_points(ws, world)
    assert [ws.talking_points.groups.item(i).text()[-3:] for i in range(4)] == ["(1)"] * 4

    pack, people = tmp_path / "pack.docx", tmp_path / "participants.xlsx"
    ws.export.export_pack(pack)
    ws.export.export_participants(people)
    assert ws.errors == []

    text = _docx_text(pack)
    assert "Roundtable 2023 with government officials" in text
    assert "Opening remarks" in text and "Medium-Term Strategic Plan" in text
    court, ministry, cnipa = (
        text.index("Supreme People's Court"),
        text.index("Ministry of Foreign Affairs"),
        text.index("China National Intellectual Property Administration"),
    )
    assert court < ministry < cnipa  # order of precedence
    for point in ("Judicial cooperation on IP disputes", "Marrakesh Treaty ratification"):
        assert point in text
    assert "PCT filings from China" in text and "Global Innovation Index 2022" in text
    assert "Court training (idea)" not in text  # a draft not chosen stays out

    sheet = openpyxl.load_workbook(people).active
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    org_col, family_col = header.index("Organization"), header.index("Family name")
    listed = [(r[org_col], r[family_col]) for r in rows[1:] if r[org_col]]
    assert [org for org, _ in listed] == [
        "Supreme People's Court",
        "Supreme People's Court",
        "Ministry of Foreign Affairs",
        "China National Intellectual Property Administration",
    ]
    assert str(listed[0][1]).upper() == "YANG"
    assert sheet.freeze_panes
