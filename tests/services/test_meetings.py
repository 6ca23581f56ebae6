"""Finding meetings and the shared order of precedence."""

from __future__ import annotations

from datetime import datetime

import pytest

from briefing_app.db.models import Meeting, Organization, Participant, Person
from briefing_app.errors import NotFoundError
from briefing_app.services.meetings import (
    find_meeting,
    list_meetings,
    ordered_participants,
    participating_organizations,
)

pytestmark = pytest.mark.both_backends


@pytest.fixture
def meeting_id(db):
    with db.session() as s, s.begin():
        courts = Organization(name_en="Supreme Court", precedence_rank=2)
        assembly = Organization(name_en="Assembly", precedence_rank=1)
        newcomer = Organization(name_en="Newcomer Agency")
        meeting = Meeting(title="Roundtable 2022", starts_at=datetime(2022, 3, 23, 9, 30))
        s.add(Meeting(title="Roundtable 2023", starts_at=datetime(2023, 3, 1)))
        s.add(Meeting(title="Undated workshop"))
        people = {
            "judge2": Person(organization=courts, family_name="Zhou", rank=2),
            "judge1": Person(organization=courts, family_name="Yang", rank=1),
            "speaker": Person(organization=assembly, family_name="Wu", rank=1),
            "new": Person(organization=newcomer, family_name="Abe", rank=1),
        }
        for person in people.values():
            meeting.participants.append(
                Participant(organization=person.organization, person=person)
            )
        meeting.participants.append(Participant(organization=courts))  # seat to be named
        s.add(meeting)
        s.flush()
        return meeting.id


def test_participants_in_order_of_precedence(db, meeting_id):
    with db.session() as s:
        names = [
            p.person.family_name if p.person else f"({p.organization.name_en} seat)"
            for p in ordered_participants(s, meeting_id)
        ]
        orgs = [o.name_en for o in participating_organizations(s, meeting_id)]
    assert names == ["Wu", "Yang", "Zhou", "(Supreme Court seat)", "Abe"]
    assert orgs == ["Assembly", "Supreme Court", "Newcomer Agency"]


def test_find_meeting_by_id_or_unique_title_part(db, meeting_id):
    with db.session() as s:
        assert find_meeting(s, str(meeting_id)).title == "Roundtable 2022"
        assert find_meeting(s, "table 2022").id == meeting_id
        assert find_meeting(s, "WORKSHOP").title == "Undated workshop"
        with pytest.raises(NotFoundError, match="matches 2 meetings"):
            find_meeting(s, "roundtable")
        with pytest.raises(NotFoundError, match="no meeting"):
            find_meeting(s, "budget")


def test_list_meetings_soonest_first_undated_last(db, meeting_id):
    with db.session() as s:
        titles = [m.title for m in list_meetings(s)]
    assert titles == ["Roundtable 2022", "Roundtable 2023", "Undated workshop"]
