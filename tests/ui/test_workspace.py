"""The meeting workspace with real widgets on a real SQLite file: details,
agenda drag and drop, precedence drag and drop, talking points, preview,
undo, and the models under qtmodeltester."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QModelIndex, Qt
from sqlalchemy import select

from briefing_app.db.models import (
    AgendaItem,
    Meeting,
    Organization,
    Person,
)
from briefing_app.services import meeting_edit as me


def _agenda_titles(db, meeting_id):
    with db.session() as s:
        return [r.title for r in me.list_agenda(s, meeting_id)]


def test_edit_details_validates_at_the_field_and_saves(qtbot, workspace, db, world):
    tab = workspace.details
    assert not tab.is_dirty()  # a freshly loaded form has nothing to save
    tab.title.setText("")
    assert "title" in tab.problems() and not tab.save_button.isEnabled()
    assert tab.findChild(type(tab.title), "") is not None
    tab.title.setText("Roundtable 2022 with government officials")
    tab.timezone.setCurrentText("Mars/Olympus")
    assert "Mars/Olympus" in tab.problems()["timezone"]
    tab.timezone.setCurrentText("Asia/Shanghai")
    tab.venue.setText("WOC, Beijing")
    tab.host.setCurrentIndex(tab.host.findData(world["mofa"]))
    assert tab.problems() == {} and tab.is_dirty()
    assert workspace.has_unsaved_changes()  # the main window asks before closing
    assert tab.save()
    assert not workspace.has_unsaved_changes()
    with db.session() as s:
        meeting = s.get(Meeting, world["meeting"])
        assert (meeting.title, meeting.venue) == (
            "Roundtable 2022 with government officials",
            "WOC, Beijing",
        )
        assert meeting.host_organization_id == world["mofa"]
        assert meeting.starts_at == datetime(2022, 3, 23, 9, 30)
    assert "Roundtable 2022 with government officials" in workspace.title.text()
    assert not tab.is_dirty()
    tab.has_end.setChecked(True)
    tab.ends.setDateTime(tab.starts.dateTime().addSecs(-3600))
    assert "ends before it starts" in tab.problems()["ends_at"]
    tab.reload()
    workspace.undo_stack.undo()
    with db.session() as s:
        assert s.get(Meeting, world["meeting"]).venue == "WIPO Office in China"
    assert tab.venue.text() == "WIPO Office in China"  # the form reloaded after undo


def test_agenda_drag_and_drop_reorders_in_the_database(qtbot, workspace, db, world):
    model = workspace.agenda.model
    assert [r.title for r in model.rows()] == ["Opening", "WIPO strategy", "Exchange of views"]
    mime = model.mimeData([model.index(2, 0)])
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    expected = ["Exchange of views", "Opening", "WIPO strategy"]
    assert [r.title for r in model.rows()] == expected
    assert _agenda_titles(db, world["meeting"]) == expected
    with db.session() as s:
        positions = s.scalars(select(AgendaItem.position).order_by(AgendaItem.position)).all()
        assert positions == [0, 1, 2]
    workspace.undo_stack.undo()
    assert _agenda_titles(db, world["meeting"]) == ["Opening", "WIPO strategy", "Exchange of views"]
    assert [r.title for r in model.rows()] == ["Opening", "WIPO strategy", "Exchange of views"]


def test_agenda_add_edit_in_place_and_delete(qtbot, workspace, db, world):
    tab = workspace.agenda
    item_id = tab.add_item("Closing remarks")
    row = tab.model.row_of(item_id)
    assert tab.model.setData(tab.model.index(row, 0), "11:45")
    assert tab.model.setData(tab.model.index(row, 1), 15)
    assert not tab.model.setData(tab.model.index(row, 0), "quarter to twelve")
    assert "not a time" in workspace.errors[-1][1]
    with db.session() as s:
        item = s.get(AgendaItem, item_id)
        assert (item.start_time, item.duration_minutes, item.position) == (time(11, 45), 15, 3)
    tab.view.selectRow(0)
    tab.delete_selected()
    assert _agenda_titles(db, world["meeting"]) == [
        "WIPO strategy",
        "Exchange of views",
        "Closing remarks",
    ]
    workspace.undo_stack.undo()
    assert _agenda_titles(db, world["meeting"])[0] == "Opening"


def test_agenda_notes_in_chinese_have_their_own_column_with_undo(qtbot, workspace, db, world):
    tab = workspace.agenda
    headers = [tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert headers[3:] == ["Speaker", "Speaker (Chinese)", "Notes", "Notes (Chinese)"]
    item_id = tab.model.rows()[0].id
    assert tab.model.setData(tab.model.index(0, 5), "Five minutes")
    assert tab.model.setData(tab.model.index(0, 6), "五分钟")
    assert tab.model.index(0, 6).data() == "五分钟"
    with db.session() as s:
        item = s.get(AgendaItem, item_id)
        assert (item.notes, item.notes_zh) == ("Five minutes", "五分钟")
    workspace.undo_stack.undo()
    with db.session() as s:
        assert (s.get(AgendaItem, item_id).notes_zh, s.get(AgendaItem, item_id).notes) == (
            "",
            "Five minutes",
        )
    assert tab.model.index(0, 6).data() == ""


def _invite_three(workspace, world):
    tab = workspace.participants
    tab.invite_organizations([world["cnipa"], world["mofa"]])
    tab.invite_people([world["zhou"], world["yang"], world["wang"]])
    return tab


def test_participants_invite_edit_and_reorder_precedence(qtbot, workspace, db, world):
    tab = _invite_three(workspace, world)
    rows = tab.model.rows()
    assert [r.organization for r in rows] == [
        "Supreme People's Court",
        "Supreme People's Court",
        "Ministry of Foreign Affairs",
        "China National Intellectual Property Administration",
    ]
    assert [r.name for r in rows][:3] == ["Mr. YANG Wanming", "ZHOU Qiang", "WANG Lei"]
    # RSVP through the combo delegate's value, seat typed in the table.
    rsvp = tab.model.index(0, 4)
    assert tab.model.setData(rsvp, "confirmed")
    assert tab.model.index(0, 4).data() == "Confirmed"
    assert tab.model.setData(tab.model.index(0, 5), "A1")
    # Drag CNIPA's seat to the top: organizations' ranks are rewritten.
    mime = tab.model.mimeData([tab.model.index(3, 0)])
    tab.model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert tab.model.rows()[0].organization.startswith("China National")
    with db.session() as s:
        ranks = dict(s.execute(select(Organization.acronym, Organization.precedence_rank)).all())
        assert ranks["CNIPA"] < ranks["SPC"] < ranks["MFA"]
        first = me.list_participants(s, world["meeting"])[0]
        assert first.organization_id == world["cnipa"]
    # Move ZHOU above YANG within the court: people's ranks are rewritten.
    zhou = next(i for i, r in enumerate(tab.model.rows()) if r.person_id == world["zhou"])
    tab.view.selectRow(zhou)
    from briefing_app.ui.views.meeting_workspace.tables import move_selected

    assert move_selected(tab.view, -1)
    with db.session() as s:
        assert s.get(Person, world["zhou"]).rank < s.get(Person, world["yang"]).rank
    names = [r.name for r in tab.model.rows()]
    assert names.index("ZHOU Qiang") < names.index("Mr. YANG Wanming")
    workspace.undo_stack.undo()  # ZHOU back below YANG
    with db.session() as s:
        assert s.get(Person, world["zhou"]).rank > s.get(Person, world["yang"]).rank
    workspace.undo_stack.undo()  # the court back above CNIPA
    assert tab.model.rows()[0].organization == "Supreme People's Court"
    workspace.undo_stack.redo()
    assert tab.model.rows()[0].organization.startswith("China National")


def test_create_person_on_the_spot(qtbot, workspace, db, world):
    tab = workspace.participants
    tab.invite_organizations([world["boao"]])
    person_id = tab.create_and_invite(
        {
            "organization_id": world["boao"],
            "family_name": "Li",
            "given_name": "Baodong",
            "name_order": "family_first",
            "title_en": "Secretary-General",
        }
    )
    rows = tab.model.rows()
    assert [(r.name, r.person_id) for r in rows] == [("LI Baodong", person_id)]  # filled the seat
    assert tab.create_and_invite({"organization_id": world["boao"], "family_name": " "}) is None
    assert "family name" in workspace.errors[-1][1]


def test_talking_points_pick_filter_reorder_and_write(qtbot, workspace, db, world):
    _invite_three(workspace, world)
    tab = workspace.talking_points
    tab.reload()
    labels = [tab.groups.item(i).text() for i in range(tab.groups.count())]
    assert labels[0].startswith("General / key messages")
    assert labels[1].startswith("Supreme People's Court")
    tab.select_group(world["spc"])
    assert {r.title for r in tab.library.rows()} == {
        "Judicial cooperation on IP disputes",
        "Court training (idea)",
    }
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("approved"))
    assert [r.title for r in tab.library.rows()] == ["Judicial cooperation on IP disputes"]
    tab.library_view.selectRow(0)
    tab.pick_selected()
    tab.write_point("Mediation for court-referred cases", "The WIPO AMC offers mediation.")
    assert [r.title for r in tab.picked.rows()] == [
        "Judicial cooperation on IP disputes",
        "Mediation for court-referred cases",
    ]
    tab.picked_view.selectRow(1)
    from briefing_app.ui.views.meeting_workspace.tables import move_selected

    assert move_selected(tab.picked_view, -1)
    with db.session() as s:
        assert [r.title for r in me.list_picked_points(s, world["meeting"], world["spc"])] == [
            "Mediation for court-referred cases",
            "Judicial cooperation on IP disputes",
        ]
    tab.select_group(None)
    tab.priority_filter.setCurrentIndex(tab.priority_filter.findData(world["smes"]))
    tab.status_filter.setCurrentIndex(0)
    assert [r.title for r in tab.library.rows()] == ["Global Innovation Index 2022"]
    tab.pick([world["gii"]])
    assert tab.groups.item(0).text() == "General / key messages (1)"


def test_preview_renders_the_pack_content_and_follows_changes(qtbot, workspace, db, world):
    _invite_three(workspace, world)
    workspace.talking_points.reload()
    workspace.talking_points.select_group(world["spc"])
    workspace.talking_points.pick([world["judicial"]])
    workspace.preview.refresh_now()
    text = workspace.preview.browser.toPlainText()
    assert "Roundtable 2022" in text and "Agenda" in text
    assert "Judicial cooperation on IP disputes" in text
    assert text.index("Supreme People's Court") < text.index("Ministry of Foreign Affairs")
    workspace.agenda.add_item("Lunch hosted by the Director")
    with qtbot.waitSignal(workspace.preview.refreshed, timeout=3000):
        pass  # debounced refresh after the edit
    assert "Lunch hosted by the Director" in workspace.preview.browser.toPlainText()
    workspace.details.language.setCurrentIndex(workspace.details.language.findData("zh"))
    with qtbot.waitSignal(workspace.preview.refreshed, timeout=3000):
        pass
    assert "最高人民法院" in workspace.preview.browser.toPlainText()


def test_models_pass_qtmodeltester(qtmodeltester, workspace, world):
    _invite_three(workspace, world)
    workspace.talking_points.reload()
    workspace.talking_points.select_group(world["spc"])
    workspace.talking_points.pick([world["judicial"]])
    for model in (
        workspace.agenda.model,
        workspace.participants.model,
        workspace.talking_points.picked,
        workspace.talking_points.library,
        workspace.talking_points.library_proxy,
    ):
        assert model.rowCount() > 0
        qtmodeltester.check(model, force_py=True)


def test_participants_show_chinese_names_and_titles_in_a_chinese_interface(
    chinese_interface, workspace, db, world
):
    with db.session() as s, s.begin():
        s.get(Person, world["wang"]).title_zh = "司长"
    tab = workspace.participants
    tab.invite_people([world["wang"]])
    tab.invite_organizations([world["boao"]])  # no Chinese name, nobody to seat yet
    cells = [(tab.model.index(r, 0).data(), tab.model.index(r, 2).data()) for r in range(2)]
    assert cells == [("外交部", "司长"), ("Boao Forum for Asia", "")]


def test_chinese_venue_city_and_marking_are_edited_in_the_details(qtbot, workspace, db, world):
    tab = workspace.details
    tab.venue_zh.setText("世界知识产权组织中国办事处会议室")
    tab.city_zh.setText("北京")
    tab.classification_zh.setCurrentText("仅供公务使用")
    assert tab.classification_zh.findText("机密") >= 0  # the listed markings' Chinese
    assert tab.is_dirty() and tab.problems() == {}
    assert tab.save()
    with db.session() as s:
        meeting = s.get(Meeting, world["meeting"])
        saved = (meeting.venue_zh, meeting.city_zh, meeting.classification_zh)
    assert saved == ("世界知识产权组织中国办事处会议室", "北京", "仅供公务使用")
    tab.reload()
    assert tab.city_zh.text() == "北京" and not tab.is_dirty()
    tab.venue_zh.setText("会" * 301)
    assert "venue_zh" in tab.problems() and not tab.save_button.isEnabled()


def test_a_chinese_interface_titles_the_workspace_with_the_chinese_venue(
    chinese_interface, workspace, world
):
    tab = workspace.details
    tab.venue.setText("Conference Room")
    tab.venue_zh.setText("会议室")
    assert tab.save()
    assert workspace.title.text().endswith(" — 会议室")


def test_decisions_sought_are_edited_in_the_details_and_saved(qtbot, workspace, db, world):
    tab = workspace.details
    tab.decisions.setPlainText("Agree a work plan for 2023.\nName a contact person.")
    tab.decisions_zh.setPlainText("商定2023年工作计划。")
    assert tab.is_dirty() and tab.problems() == {}
    assert tab.save()
    with db.session() as s:
        meeting = s.get(Meeting, world["meeting"])
        assert meeting.decisions == "Agree a work plan for 2023.\nName a contact person."
        assert meeting.decisions_zh == "商定2023年工作计划。"
    tab.reload()
    assert tab.decisions.toPlainText().startswith("Agree a work plan") and not tab.is_dirty()
