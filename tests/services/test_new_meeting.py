"""A new meeting in one transaction (service and ``briefing-app new-meeting``) on
the demo database: seating rules, suggested talking points, references."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import func, select

from briefing_app.cli import run
from briefing_app.db.models import Meeting, Organization, Participant, Person
from briefing_app.errors import NotFoundError, UserError, ValidationError
from briefing_app.services import meeting_edit as me

pytestmark = pytest.mark.both_backends


def _org(s, acronym) -> int:
    return s.scalar(select(Organization.id).where(Organization.acronym == acronym))


def _person(s, family) -> int:
    return s.scalar(select(Person.id).where(Person.family_name == family))


def _details(s, **values) -> me.MeetingDetails:
    base = {
        "title": "Roundtable 2026",
        "starts_at": datetime(2026, 3, 24, 9, 30),
        "ends_at": datetime(2026, 3, 24, 11, 30),
        "timezone": "Asia/Shanghai",
        "host_organization_id": _org(s, "WOC"),
    }
    return me.MeetingDetails(**(base | values))


def _roles(s, meeting_id) -> list[tuple[str, str]]:
    return [(r.name.split()[-2] if r.name else "", r.role)
            for r in me.list_participants(s, meeting_id)]  # fmt: skip


def test_heads_are_seated_and_an_empty_delegation_keeps_a_seat(demo_db):
    with demo_db.session() as s, s.begin():
        s.add(Organization(name_en="Newcomer Agency", acronym="NEW", precedence_rank=20))
        s.flush()
        invited = [_org(s, a) for a in ("CNIPA", "NEW", "SPC")]
        mid = me.create_new_meeting(s, _details(s), invited)
        assert _roles(s, mid) == [
            ("LIU", "host"),
            ("ZHANG", "head_of_delegation"),  # SPC (rank 2) before CNIPA (13)
            ("HAN", "head_of_delegation"),
            ("", "head_of_delegation"),  # the newcomer's head, still to be named
        ]


def test_ticked_people_get_member_and_staff_roles(demo_db):
    with demo_db.session() as s, s.begin():
        people = [_person(s, n) for n in ("CHEN", "LIU", "QIAN", "HUANG")]
        mid = me.create_new_meeting(s, _details(s), [_org(s, "MOFCOM")], people)
        assert _roles(s, mid) == [
            ("LIU", "host"),
            ("CHEN", "staff"),
            ("HUANG", "head_of_delegation"),  # WU, the head, was not ticked
            ("QIAN", "member"),
        ]


def test_people_of_an_organization_not_invited_are_refused(demo_db):
    with demo_db.session() as s, pytest.raises(ValidationError, match="neither the host"):
        me.create_new_meeting(s, _details(s), [_org(s, "SPC")], [_person(s, "LIN")])
    with demo_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Meeting)) == 1  # the demo's only


def test_inviting_again_is_refused(demo_db):
    with demo_db.session() as s, s.begin():
        mid = me.create_new_meeting(s, _details(s), [_org(s, "SPC")])
        with pytest.raises(UserError, match="already invited"):
            me.seat_delegation(s, mid, _org(s, "SPC"))


def test_suggested_points_skip_those_chosen_and_are_added_once(demo_db):
    with demo_db.session() as s, s.begin():
        mid = me.create_new_meeting(s, _details(s), [_org(s, "CAC")])
        first = me.suggested_points(s, mid)
        cac = [p for p, org in first if org == _org(s, "CAC")]
        assert len(cac) == 2 and len([p for p, org in first if org is None]) == 8
        assert len(me.add_suggested_points(s, mid)) == len(first)
        assert me.suggested_points(s, mid) == [] and me.add_suggested_points(s, mid) == []


def test_library_points_hide_retired_unless_asked(demo_db):
    with demo_db.session() as s:
        shown = {r.status for r in me.library_points(s, general_only=True, include_retired=False)}
        everything = {r.status for r in me.library_points(s, general_only=True)}
        asked = me.library_points(s, status="retired", include_retired=False)
    assert "retired" not in shown and "retired" in everything
    assert [r.title for r in asked] == ["COVID-19 IP policy tracker"]


def test_finding_organizations_and_the_office(demo_db):
    with demo_db.session() as s:
        assert me.find_organization(s, "cnipa").acronym == "CNIPA"
        assert me.find_organization(s, "Supreme People's Court").acronym == "SPC"
        assert me.find_organization(s, "WOC").acronym == "WOC"  # uid and acronym
        with pytest.raises(NotFoundError, match="matches 5 organizations"):
            me.find_organization(s, "Ministry")
        with pytest.raises(NotFoundError):
            me.find_organization(s, "Nowhere")
        assert me.office_organization(s, "", "WIPO Office in China") == _org(s, "WOC")
        assert me.office_organization(s, "SPC", "WIPO Office in China") == _org(s, "SPC")
        assert me.office_organization(s, "", "Another office") is None


def test_new_meeting_command(tmp_path, capsys):
    db = str(tmp_path / "cli.db")
    assert run(["--db", db, "init", "--demo"]) == 0
    capsys.readouterr()
    argv = ["--db", db, "new-meeting", "--title", "Roundtable 2026", "--start",
            "2026-03-24 09:30", "--tz", "Asia/Shanghai", "--invite", "SPC", "--invite",
            "mfa", "--invite", "CNIPA", "--suggested-points",
            "--objectives", "Present the plan.", "--decisions",
            "Agree a work plan.\\nName contacts.", "--venue", "Room 2", "--venue-zh",
            "第二会议室", "--city", "Beijing", "--city-zh", "北京", "--classification",
            "RESTRICTED", "--classification-zh", "内部"]  # fmt: skip
    assert run(argv) == 0
    out = capsys.readouterr().out
    assert out == "2\tRoundtable 2026: 4 seat(s), 12 talking point(s)\n"
    from briefing_app.db.migrate import open_database

    database = open_database(db)
    try:
        with database.session() as s:
            meeting = s.get(Meeting, 2)
            assert meeting.ends_at == datetime(2026, 3, 24, 11, 30)  # two hours by default
            assert meeting.objectives == "Present the plan."
            assert meeting.decisions == "Agree a work plan.\nName contacts."  # "\\n" splits
            assert (meeting.venue, meeting.venue_zh) == ("Room 2", "第二会议室")
            assert (meeting.city_zh, meeting.classification_zh) == ("北京", "内部")
            assert meeting.classification == "RESTRICTED"
            roles = s.scalars(select(Participant.role).where(Participant.meeting_id == 2))
            assert sorted(roles) == ["head_of_delegation"] * 3 + ["host"]
    finally:
        database.dispose()


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--start", "2026-13-01"], '--start: "2026-13-01" is not a date and time'),
        (["--start", "2026-03-24 10:00", "--end", "2026-03-24 09:00"], "ends before it starts"),
        (["--start", "2026-03-24 10:00", "--invite", "Ministry"], "matches 5 organizations"),
        (["--start", "2026-03-24 10:00", "--tz", "Asia"], 'unknown time zone "Asia"'),
    ],
)
def test_new_meeting_command_refuses_bad_input_in_one_line(tmp_path, capsys, extra, message):
    db = str(tmp_path / "cli.db")
    assert run(["--db", db, "init", "--demo"]) == 0
    capsys.readouterr()
    assert run(["--db", db, "new-meeting", "--title", "X", *extra]) == 2
    err = capsys.readouterr().err.strip()
    assert message in err and len(err.splitlines()) == 1
