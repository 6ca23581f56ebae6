"""The New meeting dialog and the fields it is made of, with real widgets on the
demo database: a dated meeting with its delegations seated in one step, the
end following the start, a date typed after one click, the time-zone list
filtering as you type, the host's people, the suggested talking points."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from sqlalchemy import select

from briefing_app.db.migrate import open_database
from briefing_app.db.models import Meeting, Organization, Person, TalkingPoint
from briefing_app.services import meeting_edit as me
from briefing_app.settings import Settings
from briefing_app.ui.dialogs.new_meeting import NewMeetingDialog
from briefing_app.ui.views.when_fields import DateTimeField, TimeZoneBox
from tests.ui.meeting_dialog import answer_next_dialog


def _org_ids(db, *acronyms) -> list[int]:
    with db.session() as s:
        ids = dict(s.execute(select(Organization.acronym, Organization.id)).all())
    return [ids[a] for a in acronyms]


def _seats(db, meeting_id) -> list[tuple[str, str, str]]:
    """(organization, person's name or "", role) in order of precedence."""
    with db.session() as s:
        return [(r.organization, r.name, r.role) for r in me.list_participants(s, meeting_id)]


@pytest.fixture
def dialog(qtbot, demo_db):
    widget = NewMeetingDialog(demo_db, Settings.load())
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _click_row(qtbot, dialog, org_id) -> None:
    rect = dialog.organizations.row_rect(org_id)
    qtbot.mouseClick(dialog.organizations.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())  # fmt: skip


def test_dialog_creates_a_dated_meeting_with_heads_of_delegation_seated(qtbot, dialog, demo_db):
    spc, mfa, cnipa = _org_ids(demo_db, "SPC", "MFA", "CNIPA")
    qtbot.keyClicks(dialog.title, "Roundtable 2026")
    dialog.starts.set_moment(datetime(2026, 3, 24, 9, 30))
    dialog.timezone.set_zone("Asia/Shanghai")
    for org in (cnipa, spc, mfa):  # ticked in any order; seated in order of precedence
        _click_row(qtbot, dialog, org)
    assert dialog.organizations.checked_ids() == [spc, mfa, cnipa]
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    with demo_db.session() as s:
        meeting = s.get(Meeting, dialog.meeting_id)
        assert (meeting.starts_at, meeting.ends_at) == (
            datetime(2026, 3, 24, 9, 30),
            datetime(2026, 3, 24, 11, 30),
        )
        assert meeting.timezone == "Asia/Shanghai" and meeting.host.acronym == "WOC"
    assert [(org, role) for org, _name, role in _seats(demo_db, dialog.meeting_id)] == [
        ("WIPO Office in China", "host"),
        ("Supreme People's Court", "head_of_delegation"),
        ("Ministry of Foreign Affairs", "head_of_delegation"),
        ("China National Intellectual Property Administration", "head_of_delegation"),
    ]
    assert Settings.load().last_timezone == "Asia/Shanghai"  # the next meeting's default


def test_host_people_and_ticked_delegates_come_in_with_their_roles(qtbot, dialog, demo_db):
    (spc,) = _org_ids(demo_db, "SPC")
    dialog.title.setText("Judicial roundtable")
    _click_row(qtbot, dialog, spc)
    tree = dialog.delegations
    host, court = tree.topLevelItem(0), tree.topLevelItem(1)
    assert host.text(0) == "WIPO Office in China (host)"
    assert [host.child(i).checkState(0) for i in range(3)] == [
        Qt.CheckState.Checked, Qt.CheckState.Unchecked, Qt.CheckState.Unchecked,
    ]  # fmt: skip
    assert [court.child(i).text(1) for i in range(2)] == ["Head of delegation", ""]
    host.child(1).setCheckState(0, Qt.CheckState.Checked)  # ZHAO, programme officer
    court.child(1).setCheckState(0, Qt.CheckState.Checked)  # ZHOU, judge
    assert (host.child(1).text(1), court.child(1).text(1)) == ("Staff", "Member")
    dialog.suggest.setChecked(False)
    dialog.accept()
    seats = _seats(demo_db, dialog.meeting_id)
    assert [(name.split()[-2], role) for _org, name, role in seats] == [
        ("LIU", "host"),
        ("ZHAO", "staff"),
        ("ZHANG", "head_of_delegation"),
        ("ZHOU", "member"),
    ]
    with demo_db.session() as s, s.begin():  # roles stay editable
        zhou = me.list_participants(s, dialog.meeting_id)[3]
        assert me.update_participant(s, zhou.id, role="observer").role == "observer"


def test_suggested_points_by_priority_without_drafts_or_retired(qtbot, dialog, demo_db):
    spc, mfa = _org_ids(demo_db, "SPC", "MFA")
    dialog.title.setText("Two ministries")
    for org in (spc, mfa):
        _click_row(qtbot, dialog, org)
    dialog.accept()
    mid = dialog.meeting_id
    with demo_db.session() as s:
        court = [r.title for r in me.list_picked_points(s, mid, spc)]
        ministry = [r.title for r in me.list_picked_points(s, mid, mfa)]
        general = me.list_picked_points(s, mid, None)
    assert court == ["WIPO mediation and arbitration for IP disputes"]
    assert ministry == [  # by priority; the point with no priority last
        "China in WIPO's governing bodies",
        "February 2022: a milestone in China-WIPO cooperation",
    ]
    assert {r.status for r in general} == {"approved"}  # no retired COVID-19 tracker
    assert "COVID-19 IP policy tracker" not in [r.title for r in general]
    with demo_db.session() as s:
        positions = {
            p.title: min((x.position for x in p.priorities), default=99)
            for p in s.scalars(select(TalkingPoint))
        }
    ranks = [positions[r.title] for r in general]
    assert ranks == sorted(ranks) and len(general) == 8


def test_problems_are_shown_at_the_field_and_nothing_is_created(qtbot, dialog, demo_db):
    dialog.timezone.set_zone("Asia")  # a directory of the zone database, not a zone
    dialog.ends.set_moment(dialog.starts.moment() - timedelta(hours=1))
    dialog.accept()
    assert dialog.meeting_id is None and dialog.isVisible()
    shown = {name for name, label in dialog.errors.labels.items() if not label.isHidden()}
    assert shown == {"title", "ends_at", "timezone"}
    with demo_db.session() as s:
        assert len(s.scalars(select(Meeting)).all()) == 1  # the demo's only


def test_end_follows_start_keeping_the_length(qtbot, dialog):
    start = dialog.starts.moment()
    assert dialog.ends.moment() - start == me.DEFAULT_LENGTH
    dialog.starts.set_moment(start + timedelta(days=3))
    assert dialog.ends.moment() == start + timedelta(days=3) + me.DEFAULT_LENGTH
    dialog.ends.set_moment(dialog.ends.moment() + timedelta(hours=1))  # a 3-hour meeting
    dialog.starts.set_moment(datetime(2027, 1, 5, 14, 0))
    assert dialog.ends.moment() == datetime(2027, 1, 5, 17, 0)


@pytest.fixture
def date_field(qtbot):
    holder = QWidget()
    other = QLineEdit(holder)
    field = DateTimeField(holder)
    box = QVBoxLayout(holder)
    box.addWidget(other)
    box.addWidget(field)
    qtbot.addWidget(holder)
    holder.show()
    qtbot.waitExposed(holder)
    field.set_moment(datetime(2026, 12, 7, 9, 0))
    other.setFocus()
    yield field  # the holder stays alive meanwhile


def _click_at_text(qtbot, field, before: str) -> None:
    edit = field.lineEdit()
    x = edit.fontMetrics().horizontalAdvance(before) + 4
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(x, edit.height() // 2))


def test_a_date_typed_after_one_click_is_taken(qtbot, date_field):
    _click_at_text(qtbot, date_field, "2026-12-0")  # one click on the day
    qtbot.keyClicks(date_field, "15")
    assert date_field.moment() == datetime(2026, 12, 15, 9, 0)


@pytest.mark.parametrize("typed", ["2027-03-22 10:30", "202703221030", "2027-3-22 10:30"])
def test_a_whole_date_and_time_typed_in_one_go(qtbot, date_field, typed):
    _click_at_text(qtbot, date_field, "")
    qtbot.keyClicks(date_field, typed)
    assert date_field.moment() == datetime(2027, 3, 22, 10, 30)


# The offscreen platform cannot raise the completer's pop-up or give it the keyboard.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_time_zone_list_filters_by_any_part(qtbot):
    box = TimeZoneBox()
    qtbot.addWidget(box)
    box.show()
    completer = box.completer()
    for typed, expected in (("A", "America/New_York"), ("Asia", "Asia/Shanghai"),
                            ("Asia/", "Asia/Tokyo"), ("shang", "Asia/Shanghai")):  # fmt: skip
        box.lineEdit().clear()
        qtbot.keyClicks(box.lineEdit(), typed)
        shown = completer.completionModel()
        found = [shown.index(r, 0).data() for r in range(shown.rowCount())]
        assert expected in found, typed
        assert all(typed.casefold() in z.casefold() for z in found)
        assert not box.is_valid()  # a part is not a zone
    box.complete_unique()  # "shang" names one zone: it becomes that zone
    assert box.zone() == "Asia/Shanghai" and box.is_valid()
    box.set_zone("Asia")
    box.complete_unique()  # many zones contain "Asia": left for the user to choose
    assert box.zone() == "Asia" and not box.is_valid()


def test_time_zone_default_is_the_last_used_then_the_databases_then_the_systems(
    qtbot, demo_db, db_path
):
    settings = Settings.load()
    settings.last_timezone = "Europe/Zurich"
    first = NewMeetingDialog(demo_db, settings)
    qtbot.addWidget(first)
    assert first.timezone.zone() == "Europe/Zurich"
    settings.last_timezone = ""  # nothing remembered: the demo meeting's zone, not the machine's
    fresh = NewMeetingDialog(demo_db, settings)
    qtbot.addWidget(fresh)
    assert fresh.timezone.zone() == "Asia/Shanghai"
    with demo_db.session() as s:
        assert me.default_zone(s, "Not/AZone", "Asia/Tokyo") == "Asia/Shanghai"
    empty = open_database(str(db_path.with_name("empty.db")))
    with empty.session() as s:  # no meeting yet: the system's (Qt's hint)
        assert me.default_zone(s, "", "Asia/Tokyo") == "Asia/Tokyo"
        assert me.default_zone(s, "Not/AZone", "Asia/Tokyo") == "Asia/Tokyo"
    empty.dispose()


def test_file_new_meeting_opens_the_created_meeting_and_undo_removes_it(qtbot, demo_db):
    from briefing_app.ui.main_window import MainWindow

    window = MainWindow(demo_db, Settings.load())
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # where Ctrl+N goes
    (mfa,) = _org_ids(demo_db, "MFA")

    def fill(dialog):
        qtbot.keyClicks(dialog.title, "Courtesy call")
        _click_row(qtbot, dialog, mfa)

    answer_next_dialog(fill)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    [meeting_id] = window.meeting_tabs
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Courtesy call"
    workspace = window.meeting_tabs[meeting_id]
    assert [r.role for r in workspace.participants.model.rows()] == [
        "host", "head_of_delegation",
    ]  # fmt: skip
    window.tabs.setCurrentIndex(0)
    window.actions["undo"].trigger()
    with demo_db.session() as s:
        assert s.get(Meeting, meeting_id) is None
        assert s.scalar(select(Person.id).where(Person.family_name == "LIN")) is not None
    assert meeting_id not in window.meeting_tabs  # its tab closed with it


def test_the_office_organization_is_a_preference_new_meetings_start_with(qtbot, demo_db):
    from briefing_app.ui.dialogs.preferences import PreferencesDialog

    settings = Settings.load()
    preferences = PreferencesDialog(settings, demo_db)
    qtbot.addWidget(preferences)
    assert preferences.host.currentData() == ""  # at first: the one named like the office
    preferences.host.setCurrentIndex(preferences.host.findData("SPC"))
    preferences.accept()
    assert Settings.load().host_organization == "SPC"
    dialog = NewMeetingDialog(demo_db, settings)
    qtbot.addWidget(dialog)
    assert dialog.host.currentText() == "Supreme People's Court (SPC)"
    assert dialog.delegations.topLevelItem(0).text(0) == "Supreme People's Court (host)"


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_a_click_on_the_time_zone_then_typing_replaces_it(qtbot):
    box = TimeZoneBox()
    qtbot.addWidget(box)
    box.show()
    box.set_zone("Europe/Zurich")
    qtbot.mouseClick(box.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(box.lineEdit(), "Tokyo")
    box.complete_unique()  # what leaving the field does
    assert box.zone() == "Asia/Tokyo"


def test_a_library_date_typed_after_one_click_is_taken_too(qtbot):
    from datetime import date

    from briefing_app.ui.views.fields import DateField

    field = DateField()
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    field.set_value(date(2026, 12, 7))
    edit = field.edit.lineEdit()
    x = edit.fontMetrics().horizontalAdvance("2026-") + 4  # on the month
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(x, edit.height() // 2))
    qtbot.keyClicks(field.edit, "03")
    assert field.value() == date(2026, 3, 7)


def test_typing_in_the_organization_filter_and_enter_ticks_without_creating(qtbot, dialog, demo_db):
    (cnipa,) = _org_ids(demo_db, "CNIPA")
    dialog.title.setText("Patent cooperation")
    qtbot.keyClicks(dialog.organizations.filter, "CNIPA")
    qtbot.keyClick(dialog.organizations.filter, Qt.Key.Key_Return)
    assert dialog.organizations.checked_ids() == [cnipa]
    assert dialog.organizations.filter.text() == "" and dialog.meeting_id is None
    assert dialog.isVisible()  # Enter ticked; it did not press Create meeting


def test_the_dialog_shows_chinese_names_in_a_chinese_interface(qtbot, chinese_interface, demo_db):
    dialog = NewMeetingDialog(demo_db, Settings.load())
    qtbot.addWidget(dialog)
    (spc,) = _org_ids(demo_db, "SPC")
    assert dialog.organizations.source.item(1).text() == "最高人民法院 (SPC)"
    dialog.organizations.set_checked([spc])
    host = dialog.delegations.topLevelItem(0)
    assert host.text(0) == "世界知识产权组织中国办事处（主办方）"
    assert (host.child(0).text(0), host.child(0).text(1)) == (
        "刘华女士，世界知识产权组织中国办事处主任",
        "主办方",
    )
    assert dialog.delegations.topLevelItem(1).text(0) == "最高人民法院"
