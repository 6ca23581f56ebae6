"""Meeting editing services on a real SQLite file: details, agenda,
participants and precedence, talking points."""

from __future__ import annotations

from datetime import datetime, time

import pytest
from sqlalchemy import select

from briefing_app.db.models import AgendaItem, Organization, Person, Priority, TalkingPoint
from briefing_app.errors import UserError, ValidationError
from briefing_app.services import meeting_edit as me

pytestmark = pytest.mark.both_backends


@pytest.fixture
def world(db):
    """Three ranked organizations, people, a priority and library points."""
    with db.session() as s, s.begin():
        npc = Organization(name_en="National People's Congress", acronym="NPC", precedence_rank=1)
        spc = Organization(name_en="Supreme People's Court", acronym="SPC", precedence_rank=2)
        mofa = Organization(name_en="Ministry of Foreign Affairs", acronym="MFA", precedence_rank=5)
        s.add_all([npc, spc, mofa])
        s.flush()
        people = [
            Person(organization=spc, family_name="Yang", given_name="Wanming", rank=1),
            Person(organization=spc, family_name="Zhou", given_name="Qiang", rank=2),
            Person(organization=mofa, family_name="Wang", given_name="Yi", rank=1),
        ]
        s.add_all(people)
        prio = Priority(title="SMEs, women and youth", position=1)
        s.add(prio)
        s.add_all(
            [
                TalkingPoint(title="Judicial cooperation", status="approved", targets=[spc]),
                TalkingPoint(title="Draft court idea", status="draft", targets=[spc]),
                TalkingPoint(title="GII 2022", status="approved", priorities=[prio]),
            ]
        )
        details = me.MeetingDetails(title="Roundtable 2022", timezone="Asia/Shanghai")
        meeting_id = me.create_meeting(s, details)
        s.flush()
        ids = {"npc": npc.id, "spc": spc.id, "mofa": mofa.id, "prio": prio.id}
        ids |= {p.family_name: p.id for p in people}
    return {"meeting": meeting_id, **ids}


def test_details_roundtrip_and_field_validation(db, world):
    mid = world["meeting"]
    with db.session() as s, s.begin():
        details = me.get_details(s, mid)
        details.venue = "WOC meeting room\x07"
        details.starts_at = datetime(2022, 3, 23, 9, 30)
        details.ends_at = datetime(2022, 3, 23, 12, 0)
        details.host_organization_id = world["mofa"]
        me.update_details(s, mid, details)
    with db.session() as s:
        saved = me.get_details(s, mid)
        assert saved.venue == "WOC meeting room"  # the control character is cleaned away
        assert saved.ends_at == datetime(2022, 3, 23, 12, 0)
        bad = me.MeetingDetails(
            title=" ",
            timezone="Mars/Olympus",
            starts_at=datetime(2022, 3, 23, 9),
            ends_at=datetime(2022, 3, 22, 9),
            host_organization_id=9999,
        )
        problems = me.validate_details(s, bad)
        assert set(problems) == {"title", "timezone", "ends_at", "host_organization_id"}
        with pytest.raises(ValidationError, match="Mars/Olympus"):
            me.update_details(s, mid, bad)


def test_agenda_add_edit_reorder_delete(db, world):
    mid = world["meeting"]
    with db.session() as s, s.begin():
        a = me.add_agenda_item(s, mid, "Opening", start_time=time(9, 30), duration_minutes=10)
        b = me.add_agenda_item(s, mid, "WIPO strategy", speaker="Ms. LIU Hua")
        c = me.add_agenda_item(s, mid, "Exchange of views")
        me.update_agenda_item(s, b, duration_minutes=40)
        me.reorder_agenda(s, mid, [c, a, b])
    with db.session() as s, s.begin():
        rows = me.list_agenda(s, mid)
        assert [(r.title, r.position) for r in rows] == [
            ("Exchange of views", 0),
            ("Opening", 1),
            ("WIPO strategy", 2),
        ]
        assert rows[2].duration_minutes == 40
        me.delete_agenda_item(s, c)
        assert [r.position for r in me.list_agenda(s, mid)] == [0, 1]
        with pytest.raises(ValidationError, match="duration_minutes"):
            me.update_agenda_item(s, a, duration_minutes=0)
        with pytest.raises(ValidationError, match="every item"):
            me.reorder_agenda(s, mid, [a])


def _names(s, mid):
    return [r.name or f"[{r.organization}]" for r in me.list_participants(s, mid)]


def test_invite_fill_seat_and_edit(db, world):
    mid = world["meeting"]
    with db.session() as s, s.begin():
        seat = me.invite_organization(s, mid, world["spc"])
        with pytest.raises(UserError, match="already invited"):
            me.invite_organization(s, mid, world["spc"])
        assert me.invite_person(s, mid, world["Zhou"]) == seat  # fills the unnamed seat
        me.invite_person(s, mid, world["Yang"], role="head_of_delegation")
        me.invite_organization(s, mid, world["npc"])
        new = me.create_person(s, world["npc"], "Li", "Zhanshu", honorific="Mr.", rank=1)
        me.invite_person(s, mid, new)
        row = me.update_participant(s, seat, rsvp="confirmed", seat="A3")
        assert (row.rsvp, row.seat) == ("confirmed", "A3")
        with pytest.raises(ValidationError, match="rsvp"):
            me.update_participant(s, seat, rsvp="maybe")
    with db.session() as s:
        assert _names(s, mid) == ["Mr. Zhanshu LI", "Wanming YANG", "Qiang ZHOU"]


def test_reorder_precedence_writes_ranks(db, world):
    mid = world["meeting"]
    with db.session() as s, s.begin():
        for person in ("Yang", "Zhou", "Wang"):
            me.invite_person(s, mid, world[person])
        me.invite_organization(s, mid, world["npc"])
        rows = me.list_participants(s, mid)
        assert rows[0].organization == "National People's Congress"
        by_name = {r.name: r.id for r in rows}
        npc_seat = next(r.id for r in rows if r.person_id is None)
        # MFA first, then SPC with Zhou before Yang, then NPC.
        order = [by_name["Yi WANG"], by_name["Qiang ZHOU"], by_name["Wanming YANG"], npc_seat]
        me.apply_participant_order(s, mid, order)
    with db.session() as s:
        assert [r.id for r in me.list_participants(s, mid)] == order
        ranks = dict(s.execute(select(Organization.acronym, Organization.precedence_rank)).all())
        assert ranks == {"MFA": 1, "SPC": 2, "NPC": 5}  # the same ranks, handed out anew
        people = dict(s.execute(select(Person.family_name, Person.rank)).all())
        assert people["Zhou"] < people["Yang"]


def test_talking_points_pick_filter_reorder_create(db, world):
    mid, spc = world["meeting"], world["spc"]
    with db.session() as s, s.begin():
        for_spc = me.library_points(s, organization_id=spc)
        assert {p.title for p in for_spc} == {"Judicial cooperation", "Draft court idea"}
        approved = me.library_points(s, organization_id=spc, status="approved")
        assert [p.title for p in approved] == ["Judicial cooperation"]
        general = me.library_points(s, general_only=True, priority_id=world["prio"])
        assert [p.title for p in general] == ["GII 2022"]
        first = me.pick_point(s, mid, approved[0].id, spc)
        assert me.pick_point(s, mid, approved[0].id, spc) == first  # no duplicates
        written = me.create_point(s, mid, spc, "Mediation", "Court-annexed mediation.")
        me.pick_point(s, mid, general[0].id, None)
        me.reorder_points(s, mid, spc, [written, first])
    with db.session() as s, s.begin():
        rows = me.list_picked_points(s, mid, spc)
        assert [(r.title, r.position) for r in rows] == [
            ("Mediation", 0),
            ("Judicial cooperation", 1),
        ]
        assert [r.title for r in me.list_picked_points(s, mid, None)] == ["GII 2022"]
        picked = me.library_points(s, organization_id=spc, picked_for=(mid, spc))
        assert {p.title for p in picked if p.picked} == {"Judicial cooperation", "Mediation"}
        me.unpick_point(s, written)
        assert [r.position for r in me.list_picked_points(s, mid, spc)] == [0]


def test_dragging_within_a_rank_tie_keeps_ranks_and_sets_the_tie_order(db):
    from tests.multiscript import EXPECTED_ORDER, build_multiscript_meeting

    world = build_multiscript_meeting(db)
    mid, ids = world["meeting"], world["seat_ids"]
    # Japan's delegation dragged above Korea's (both rank 2): a move within the tie.
    order = list(EXPECTED_ORDER)
    jp = ["yamada", "sato", "jp seat"]
    order = [k for k in order if k not in jp]
    order[2:2] = jp
    with db.session() as s, s.begin():
        me.apply_participant_order(s, mid, [ids[k] for k in order])
    with db.session() as s:
        keys = {v: k for k, v in ids.items()}
        assert [keys[r.id] for r in me.list_participants(s, mid)] == order
        rows = s.execute(
            select(Organization.uid, Organization.precedence_rank, Organization.tie_order)
        )
        orgs = {uid: (rank, tie) for uid, rank, tie in rows}
    assert orgs["ORG-jp"][0] == orgs["ORG-kr"][0] == 2  # still a tie
    assert orgs["ORG-jp"][1] < orgs["ORG-kr"][1]
    assert orgs["ORG-cnipa"] == (1, None) and orgs["ORG-ru"] == (3, None)


def test_a_new_person_without_a_name_order_gets_it_from_the_script(db, world):
    with db.session() as s, s.begin():
        han = me.create_person(s, world["npc"], "王", "芳")
        korean = me.create_person(s, world["npc"], "Kim", "Min-jun", native_name="김민준")
        latin = me.create_person(s, world["npc"], "Dubois", "Claire")
        chosen = me.create_person(s, world["npc"], "Li", "Wei", name_order="family_first")
        orders = [s.get(Person, i).name_order for i in (han, korean, latin, chosen)]
    assert orders == ["family_first", "family_first", "given_first", "family_first"]


def test_agenda_items_found_moved_and_parsed_as_the_cli_and_gui_give_them(db, world):
    mid = world["meeting"]
    with db.session() as s, s.begin():
        ids = [me.add_agenda_item(s, mid, t) for t in ("Opening", "Coffee", "Closing remarks")]
        me.update_agenda_item(s, ids[1], title_zh="茶歇")
        assert me.find_agenda_item(s, mid, "2").id == ids[1]
        assert me.find_agenda_item(s, mid, "茶歇").id == ids[1]
        assert me.find_agenda_item(s, mid, " closing ").id == ids[2]
        with pytest.raises(UserError, match=r'"Roundtable 2022": no agenda item 4 .*1 to 3'):
            me.find_agenda_item(s, mid, "4")
        with pytest.raises(UserError, match='"o" matches 3 agenda items'):
            me.find_agenda_item(s, mid, "o")
        me.move_agenda_item(s, ids[2], 0)
        assert [r.title for r in me.list_agenda(s, mid)] == ["Closing remarks", "Opening", "Coffee"]
        assert me.item_label(s, s.get(AgendaItem, ids[1])) == (
            'meeting "Roundtable 2022", agenda item 3'
        )
        with pytest.raises(ValidationError, match=r"agenda item 1: position: 4 .*\(1 to 3\)"):
            me.move_agenda_item(s, ids[2], 3)
        assert me.field_value("start_time", " 9:05 ") == time(9, 5)
        assert me.field_value("start_time", "") is None
        assert me.field_value("duration_minutes", "40") == 40
        assert me.field_value("duration_minutes", "0") is None
        assert me.field_value("notes_zh", None) == ""
        for key, text in (("start_time", "9h30"), ("duration_minutes", "-5")):
            with pytest.raises(ValidationError, match=key):
                me.field_value(key, text)
        assert me.speaker_values(person_id=7) == {
            "speaker": "",
            "speaker_zh": "",
            "speaker_person_id": 7,
        }
        assert me.speaker_values(text="All") == {"speaker": "All", "speaker_person_id": None}
