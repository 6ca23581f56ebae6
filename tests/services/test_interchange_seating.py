"""Seating plans and interpreters' principals through the interchange format:
export, import into another database, export again; old files without plans;
null removes a plan; bad plans refused with every problem named."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import inspect, select

from briefing_app.db.migrate import open_database
from briefing_app.db.models import Participant, Seat, SeatingPlan
from briefing_app.errors import ValidationError
from briefing_app.services.interchange import export_json, import_data
from briefing_app.services.interchange.seating import SEAT_FIELDS, SEATING_FIELDS
from briefing_app.services.meetings import find_meeting
from briefing_app.services.seating import plan_of, seat_meeting
from briefing_app.services.seating.edit import swap_seats


def _export(db) -> str:
    with db.session() as s:
        return export_json(s)


def _import(db, document):
    with db.session() as s, s.begin():
        return import_data(s, document, source="plan.json")


def _plan(db) -> tuple:
    """Everything the plan holds, by participant uid."""
    with db.session() as s:
        plan = s.scalar(select(SeatingPlan))
        seats = tuple(
            (st.position, st.participant.uid if st.participant else None, st.locked)
            for st in plan.seats
        )
        return (plan.shape, plan.seat_count, plan.back_seats, plan.door, plan.screen, seats)


@pytest.fixture
def seated_demo(demo_db):
    """The demo roundtable seated at a boardroom table, two seats swapped (locked),
    the door at the bottom and the screen on the right."""
    with demo_db.session() as s, s.begin():
        meeting = find_meeting(s, "Roundtable")
        plan = seat_meeting(s, meeting, shape="boardroom")
        plan.door, plan.screen = "bottom", "right"
        swap_seats(s, meeting.id, 3, 4)
    return demo_db


def test_every_plan_column_is_in_the_format():
    """Adding a column to plans or seats without adding it to the format fails here."""
    bookkeeping = {"id", "uid", "version", "created_at", "updated_at", "meeting_id", "plan_id"}
    for model, fields in ((SeatingPlan, SEATING_FIELDS), (Seat, SEAT_FIELDS)):
        names = {f.name for f in fields} | {"participant_id"}  # written as "participant"
        for column in inspect(model).columns:
            assert column.key in names | bookkeeping, f"{model.__name__}.{column.key} missing"


def test_plan_and_locks_round_trip_into_another_database(seated_demo, tmp_path):
    first = _export(seated_demo)
    meeting = json.loads(first)["meetings"][0]
    seating = meeting["seating"]
    room = (seating["shape"], seating["door"], seating["screen"])
    assert room == ("boardroom", "bottom", "right")
    locked = [s["position"] for s in seating["seats"] if s["locked"]]
    assert locked == [3, 4]
    principals = {p["uid"]: p["principal"] for p in meeting["participants"]}
    assert principals["RT22-P-WOC-PO"] == "RT22-P-WOC-DIR"  # the note-taker's principal
    other = open_database(str(tmp_path / "other.db"))
    try:
        result = _import(other, first)
        assert result.created["seating_plans"] == 1
        assert _export(other) == first
        assert _plan(other) == _plan(seated_demo)
        with other.session() as s:
            note_taker = s.scalar(select(Participant).where(Participant.uid == "RT22-P-WOC-PO"))
            assert note_taker.principal.uid == "RT22-P-WOC-DIR"
            # the plan imported is a plan the app can re-seat around its locks
            meeting_row = find_meeting(s, "Roundtable")
            seat_meeting(s, meeting_row)
            kept = {st.position: st.participant.uid for st in plan_of(s, meeting_row.id).seats
                    if st.locked}  # fmt: skip
        assert kept == {p: u for p, u, lock in _plan(seated_demo)[5] if lock}
    finally:
        other.dispose()


def test_a_file_without_seating_leaves_the_plan_and_null_removes_it(seated_demo):
    before = _plan(seated_demo)
    document = json.loads(_export(seated_demo))
    del document["meetings"][0]["seating"]  # as files written before plans existed
    for participant in document["meetings"][0]["participants"]:
        del participant["principal"]
    _import(seated_demo, document)
    assert _plan(seated_demo) == before
    with seated_demo.session() as s:
        note_taker = s.scalar(select(Participant).where(Participant.uid == "RT22-P-WOC-PO"))
        assert note_taker.principal is not None  # left as it was
    document["meetings"][0]["seating"] = None
    _import(seated_demo, document)
    with seated_demo.session() as s:
        assert s.scalar(select(SeatingPlan)) is None


def test_bad_plans_are_refused_with_every_problem(seated_demo):
    document = json.loads(_export(seated_demo))
    meeting = document["meetings"][0]
    meeting["participants"][1]["principal"] = "NOBODY"
    seating = meeting["seating"]
    seating["door"] = "ceiling"
    taken = {seat["position"] for seat in seating["seats"]}
    free = [n for n in range(1, 47) if n not in taken]  # 23 at the table + 23 behind
    seating["seats"] += [
        {"position": 3, "participant": None, "locked": True},  # seat 3 twice
        {"position": 999, "participant": None, "locked": False},
        {"position": free[0], "participant": "NOT-HERE", "locked": False},
        {"position": free[1], "participant": seating["seats"][0]["participant"]},
    ]
    with pytest.raises(ValidationError) as caught:
        _import(seated_demo, document)
    problems = "\n".join(caught.value.problems)
    assert 'meetings[0].participants[1].principal: no participant "NOBODY"' in problems
    assert 'meetings[0].seating.door: "ceiling" is not allowed (allowed: "", top,' in problems
    assert "seat 3 twice" in problems
    assert "position: 999; this plan has chairs 1 to" in problems
    assert 'no participant "NOT-HERE" in this meeting' in problems
    assert "seated twice" in problems
    assert len(caught.value.problems) == 6


def test_seat_count_out_of_range_is_refused(db):
    document = {
        "format": "briefing-app",
        "version": 1,
        "organizations": [{"uid": "O", "name_en": "Org"}],
        "meetings": [
            {"uid": "M", "title": "T", "seating": {"shape": "round", "seat_count": 0}},
        ],
    }
    with pytest.raises(ValidationError, match=r"seating.seat_count: 0; give 1 to 500"):
        _import(db, document)
