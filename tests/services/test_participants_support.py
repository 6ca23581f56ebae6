"""A small meeting built through the ORM for the participant-list tests
(named people in two languages, a seat still to be named, hostile text), and
helpers to open the exported workbook. No tests here."""

from __future__ import annotations

from datetime import datetime

from openpyxl import load_workbook

from briefing_app.db.models import Meeting, Organization, Participant, Person
from briefing_app.domain.enums import NameOrder, ParticipantRole, Rsvp
from briefing_app.services.participants.columns import COLUMNS

KEYS = [c.key for c in COLUMNS]
HOSTILE = '=HYPERLINK("http://evil.example","click")'


def make_meeting(session) -> int:
    """Three organizations, five participants (one an unnamed seat); returns the meeting id."""
    assembly = Organization(
        name_en="Foreign Affairs Committee", name_zh="外事委员会", precedence_rank=1
    )
    court = Organization(name_en="Supreme Court", name_zh="最高人民法院", precedence_rank=2)
    office = Organization(
        name_en="WIPO Office in China",
        name_zh="世界知识产权组织中国办事处",
        acronym="WOC",
        precedence_rank=0,
    )
    meeting = Meeting(
        title="Roundtable 2022 & partners",
        starts_at=datetime(2022, 3, 23, 9, 30),
        venue="Beijing office",
        city="Beijing",
        classification="INTERNAL",
    )
    people = [
        (
            office,
            Person(
                family_name="Liu",
                given_name="Hua",
                native_name="刘华",
                honorific="Ms.",
                name_order=NameOrder.FAMILY_FIRST,
                title_en="Director",
                rank=1,
                email="liu@example.org",
            ),
            ParticipantRole.HOST,
            Rsvp.CONFIRMED,
        ),
        (
            assembly,
            Person(
                family_name="Wang",
                given_name="Wei",
                native_name="王伟",
                honorific="Mr.",
                name_order=NameOrder.FAMILY_FIRST,
                title_en="Vice-Chair",
                rank=1,
                phone="+86 10 1234 5678",
            ),
            ParticipantRole.HEAD_OF_DELEGATION,
            Rsvp.INVITED,
        ),
        (
            court,
            Person(
                family_name="Zhou",
                given_name="Min",
                honorific="Ms.",
                rank=2,
                title_en="Judge",
                needs="vegetarian",
            ),
            ParticipantRole.MEMBER,
            Rsvp.TENTATIVE,
        ),
        (
            court,
            Person(
                family_name="Yang",
                given_name="Lei",
                honorific="Mr.",
                rank=1,
                title_en="Deputy President",
            ),
            ParticipantRole.HEAD_OF_DELEGATION,
            Rsvp.CONFIRMED,
        ),
    ]
    for org, person, role, rsvp in people:
        person.organization = org
        meeting.participants.append(
            Participant(organization=org, person=person, role=role, rsvp=rsvp)
        )
    meeting.participants[2].remarks = HOSTILE
    meeting.participants.append(Participant(organization=assembly, remarks="-to be named"))
    session.add(meeting)
    session.flush()
    return meeting.id


def open_sheet(path):
    """The Participants sheet of ``path`` and its rows as lists of values."""
    wb = load_workbook(path)
    ws = wb["Participants"]
    return wb, ws


def state(db, meeting_id) -> list[tuple]:
    """Everything an import may change, to check that a failed import changed nothing."""
    with db.session() as s:
        rows = s.query(Participant).filter_by(meeting_id=meeting_id).order_by(Participant.id)
        return [
            (p.uid, p.role, p.rsvp, p.seat, p.remarks, p.person_id)
            + ((p.person.family_name, p.person.email, p.person.version) if p.person else ())
            for p in rows
        ] + [(s.query(Person).count(),)]


def export_to(db, meeting_id, path, language=None):
    from briefing_app.services.participants import export_participants

    with db.session() as s:
        return export_participants(s, meeting_id, path, language=language)


def edit(path, edits: dict[tuple[str, str], object], delete: tuple[str, ...] = (), add=()):
    """Edit the exported workbook like a person would: cells by (family name, column key),
    delete rows by family name, append rows given as {key: value}."""
    wb = load_workbook(path)
    ws = wb["Participants"]
    names = {
        ws.cell(r, KEYS.index("family_name") + 1).value or "": r for r in range(2, ws.max_row + 1)
    }
    for (name, key), value in edits.items():
        ws.cell(names[name], KEYS.index(key) + 1).value = value
    for name in sorted(delete, key=lambda n: -names[n]):
        ws.delete_rows(names[name])
    for values in add:
        ws.append([values.get(k) for k in KEYS])
    wb.save(path)
    return path


def preview(db, meeting_id, path):
    from briefing_app.services.participants import preview_import

    with db.session() as s:
        return preview_import(s, meeting_id, path)
