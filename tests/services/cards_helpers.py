"""Reading place cards and badges back with python-docx, for the tests."""

from __future__ import annotations

from docx import Document
from docx.oxml.ns import qn

from briefing_app.db.models import Meeting, Organization, Participant, Person
from briefing_app.services.meetings import find_meeting


def cell_texts(cell) -> list[str]:
    return [p.text for p in cell.paragraphs if p.text]


def directions(row) -> list[str]:
    return [
        tc.find(f"{qn('w:tcPr')}/{qn('w:textDirection')}").get(qn("w:val")) for tc in row._tr.tc_lst
    ]


def run_sizes(cell) -> list[float]:
    return [r.font.size.pt for p in cell.paragraphs for r in p.runs if r.text]


def open_docx(path):
    return Document(str(path))


def add_guest(
    session,
    family: str,
    given: str = "",
    native: str = "",
    org_name="Guest Agency",
    role="head_of_delegation",
    honorific="Mr.",
    rsvp="confirmed",
) -> Participant:
    """A participant of the demo roundtable with the given name, in a new organization."""
    meeting: Meeting = find_meeting(session, "Roundtable")
    org = Organization(name_en=org_name, name_zh="", precedence_rank=99)
    person = Person(organization=org, family_name=family, given_name=given,
                    native_name=native, honorific=honorific)  # fmt: skip
    p = Participant(meeting=meeting, organization=org, person=person, role=role, rsvp=rsvp)
    session.add(p)
    session.flush()
    return p
