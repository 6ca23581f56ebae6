"""Export → edit with openpyxl → preview shows exactly the edits → apply → database matches."""

from __future__ import annotations

import pytest

from briefing_app.db.models import Participant, Person
from briefing_app.errors import ValidationError
from briefing_app.services.participants import apply_import, preview_import
from briefing_app.services.participants.apply import ImportConflictError
from tests.services.test_participants_support import (
    KEYS,
    edit,
    export_to,
    make_meeting,
    preview,
    state,
)

pytestmark = pytest.mark.both_backends


@pytest.fixture
def meeting_id(db):
    with db.session() as s, s.begin():
        return make_meeting(s)


@pytest.fixture
def sheet(db, meeting_id, tmp_path):
    return export_to(db, meeting_id, tmp_path / "list.xlsx")


def test_unedited_list_round_trips_without_changes(db, meeting_id, sheet):
    result = preview(db, meeting_id, sheet)
    assert (result.added, result.changed, result.removed, result.ambiguous) == ([], [], [], [])
    assert result.unchanged == 5 and result.can_apply and not result.problems


def test_preview_shows_exactly_the_edits_and_apply_makes_them(db, meeting_id, sheet):
    edit(
        sheet,
        {
            ("Wang", "rsvp"): "Confirmed",
            ("Yang", "seat"): "A3",
            ("Liu", "email"): "hua.liu@example.org",
            ("", "family_name"): "Sun",  # the seat to be named gets a person
            ("", "given_name"): "Tao",
        },
        delete=("Zhou",),
        add=[
            {"org_en": "Supreme Court", "family_name": "Gao", "given_name": "Jun", "rsvp": "待定"}
        ],
    )
    before = state(db, meeting_id)
    result = preview(db, meeting_id, sheet)
    assert state(db, meeting_id) == before  # a preview writes nothing
    changes = {c.name: [(f.field, f.old, f.new) for f in c.changes] for c in result.changed}
    assert changes == {
        "WANG Wei": [("rsvp", "invited", "confirmed")],
        "Lei YANG": [("seat", "", "A3")],
        "LIU Hua": [("email", "liu@example.org", "hua.liu@example.org")],
        "(seat to be named)": [("family_name", "", "Sun"), ("given_name", "", "Tao")],
    }
    assert [(r.name, r.organization) for r in result.removed] == [("Min ZHOU", "Supreme Court")]
    assert [(a.name, a.kind, a.values["rsvp"]) for a in result.added] == [
        ("Jun GAO", "new person", "tentative")
    ]
    assert result.unchanged == 0
    text = "\n".join(result.lines())
    assert "RSVP: Invited → Confirmed" in text and "not in the file: Min ZHOU" in text

    with db.session() as s, s.begin():
        done = apply_import(s, meeting_id, result)
    assert (done.added, done.changed, done.removed, done.people_created) == (1, 4, 1, 2)
    with db.session() as s:
        by_name = {
            (p.person.family_name if p.person else None): p
            for p in s.query(Participant).filter_by(meeting_id=meeting_id)
        }
        assert by_name["Wang"].rsvp == "confirmed" and by_name["Yang"].seat == "A3"
        assert by_name["Liu"].person.email == "hua.liu@example.org"
        assert by_name["Sun"].person.given_name == "Tao"
        assert by_name["Gao"].rsvp == "tentative" and by_name["Gao"].role == "member"
        assert "Zhou" not in by_name and None not in by_name
        assert s.query(Person).filter_by(family_name="Zhou").count() == 1  # person kept
    again = preview(db, meeting_id, export_to(db, meeting_id, sheet))
    assert not again.has_changes and again.unchanged == 5


def test_rows_without_record_id_match_on_organization_and_name(db, meeting_id, sheet):
    edit(sheet, {("Wang", "uid"): None, ("Wang", "rsvp"): "Declined", ("Yang", "uid"): ""})
    result = preview(db, meeting_id, sheet)
    assert [(c.name, c.changes[0].new) for c in result.changed] == [("WANG Wei", "declined")]
    assert not result.added and not result.removed and result.unchanged == 4


def test_name_match_ignores_case_and_spacing_and_falls_back_to_native_name(db, meeting_id, sheet):
    edit(
        sheet,
        {
            ("Wang", "uid"): None,
            ("Wang", "given_name"): "  WEI ",
            ("Wang", "seat"): "C2",
            ("Liu", "uid"): None,
            ("Liu", "given_name"): None,
            ("Liu", "family_name"): None,  # only the native-script name 刘华 is left
        },
    )
    result = preview(db, meeting_id, sheet)
    changes = {c.name: [(f.field, f.new) for f in c.changes] for c in result.changed}
    assert changes == {"WANG Wei": [("given_name", "WEI"), ("seat", "C2")]}
    assert [p for p in result.problems if "Liu's family name cannot be removed" in p]
    assert not result.added and not result.removed and not result.ambiguous


def test_ambiguous_match_is_reported_not_guessed(db, meeting_id, sheet):
    with db.session() as s, s.begin():
        court = s.query(Participant).filter_by(meeting_id=meeting_id).all()[3].organization
        twin = Person(organization=court, family_name="Yang", given_name="Lei")
        s.add(Participant(meeting_id=meeting_id, organization=court, person=twin))
    export_to(db, meeting_id, sheet)
    edit(sheet, {("Liu", "seat"): "1"})
    wb_rows = edit(sheet, {})
    from openpyxl import load_workbook

    wb = load_workbook(wb_rows)
    ws = wb["Participants"]
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, 5).value == "Yang":
            ws.cell(r, KEYS.index("uid") + 1).value = None
    wb.save(wb_rows)
    before = state(db, meeting_id)
    result = preview(db, meeting_id, sheet)
    assert len(result.ambiguous) == 2 and len(result.ambiguous[0].candidates) == 2
    assert not result.removed  # the candidates are not reported as removed
    assert not result.can_apply
    with db.session() as s, s.begin(), pytest.raises(ValidationError, match="ambiguous"):
        apply_import(s, meeting_id, result)
    assert state(db, meeting_id) == before


def test_unknown_organization_and_bad_rsvp_block_apply(db, meeting_id, sheet):
    edit(
        sheet,
        {("Wang", "rsvp"): "maybe"},
        add=[{"org_en": "Ministry of Magic", "family_name": "Potter"}],
    )
    before = state(db, meeting_id)
    result = preview(db, meeting_id, sheet)
    text = "\n".join(result.problems)
    assert 'row 3, column J (RSVP): "maybe" is not a RSVP status' in text
    assert 'row 7, column B (Organization): no organization is called "Ministry of Magic"' in text
    with db.session() as s, s.begin(), pytest.raises(ValidationError, match="nothing was changed"):
        apply_import(s, meeting_id, result)
    assert state(db, meeting_id) == before


def test_change_made_after_preview_is_a_conflict(db, meeting_id, sheet):
    edit(sheet, {("Wang", "rsvp"): "Confirmed", ("Yang", "seat"): "B1"})
    result = preview(db, meeting_id, sheet)
    with db.session() as s, s.begin():
        s.query(Participant).filter_by(rsvp="invited", person_id=2).one().rsvp = "declined"
    before = state(db, meeting_id)
    with db.session() as s, s.begin(), pytest.raises(ImportConflictError, match="changed"):
        apply_import(s, meeting_id, result)
    assert state(db, meeting_id) == before


def test_existing_person_joins_and_keeps_details(db, meeting_id, sheet):
    with db.session() as s, s.begin():
        court = s.query(Person).filter_by(family_name="Yang").one().organization
        s.add(Person(organization=court, family_name="Ma", given_name="Li", email="ma@court"))
    edit(
        sheet,
        {},
        add=[
            {
                "org_zh": "最高人民法院",
                "family_name": "MA",
                "given_name": "li",
                "email": "other@x",
                "role": "Observer",
            }
        ],
    )
    result = preview(db, meeting_id, sheet)
    assert [(a.kind, a.values["role"]) for a in result.added] == [("existing person", "observer")]
    assert any("already in the database" in w for w in result.warnings)
    with db.session() as s, s.begin():
        apply_import(s, meeting_id, result)
    with db.session() as s:
        ma = s.query(Person).filter_by(family_name="Ma").one()
        assert ma.email == "ma@court" and s.query(Person).filter_by(family_name="Ma").count() == 1


def test_preview_for_another_meeting_is_refused(db, meeting_id, sheet):
    result = preview(db, meeting_id, sheet)
    with db.session() as s, pytest.raises(Exception, match="another meeting"):
        apply_import(s, meeting_id + 1, result)


def test_chinese_list_round_trips(db, meeting_id, tmp_path):
    path = export_to(db, meeting_id, tmp_path / "zh.xlsx", language="zh")
    edit(path, {("Wang", "rsvp"): "已确认"})
    with db.session() as s:
        result = preview_import(s, meeting_id, path)
    assert [(c.name, c.changes[0].new) for c in result.changed] == [("WANG Wei", "confirmed")]


def test_new_people_get_their_name_order_from_the_script(db, meeting_id, sheet):
    """A Chinese name typed into the list is not shown or stored as "芳 王", nor a
    romanised one with its Chinese name as "Lei ZHAO" (issue 11)."""
    court = "Supreme Court"
    add = [
        {"org_en": court, "family_name": "王", "given_name": "芳"},
        {"org_en": court, "family_name": "Zhao", "given_name": "Lei", "native_name": "赵磊"},
        {"org_en": court, "family_name": "Dubois", "given_name": "Claire"},
    ]
    result = preview(db, meeting_id, edit(sheet, {}, add=add))
    assert [a.name for a in result.added] == ["王芳", "ZHAO Lei", "Claire DUBOIS"]
    with db.session() as s, s.begin():
        apply_import(s, meeting_id, result)
    with db.session() as s:
        orders = {p.family_name: p.name_order for p in s.query(Person)}
    assert (orders["王"], orders["Zhao"], orders["Dubois"]) == (
        "family_first",
        "family_first",
        "given_first",
    )
