"""Who sits at the meeting: invitations, role/RSVP/seat, order of precedence.

The order shown is always ``services.meetings.ordered_participants``. When
the user drags a row, ``apply_participant_order`` writes organizations'
``precedence_rank`` (or, for a move within organizations sharing a rank,
their ``tie_order``) and people's ``rank`` so that order results; it never
stores a separate per-meeting order.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from briefing_app.db.models import Meeting, Organization, Participant, Person
from briefing_app.domain.bilingual import in_language, organization_label, person_name
from briefing_app.domain.enums import NameOrder, ParticipantRole, Rsvp
from briefing_app.domain.names import infer_name_order
from briefing_app.domain.text import EXCEL_CELL_LIMIT, clean, over_excel_limit
from briefing_app.errors import NotFoundError, UserError, ValidationError
from briefing_app.services.library_fields import SEAT_LIMIT
from briefing_app.services.meeting_edit.order import check_complete_order
from briefing_app.services.meeting_edit.rows import ParticipantRow
from briefing_app.services.meetings import (
    ordered_participants,
    organization_key,
    people_in_order,
)


def _get(session: Session, model, ident: int, what: str):
    obj = session.get(model, ident)
    if obj is None:
        raise NotFoundError(f"{what} {ident} does not exist (was it deleted?)")
    return obj


def _label(p: Participant, language: str) -> str:
    """A participant as a short label: the name, or the organization's seat."""
    org = in_language(language, p.organization.name_en, p.organization.name_zh)
    return person_name(language, p.person) if p.person is not None else org


def _row(p: Participant, language: str = "en") -> ParticipantRow:
    """The seat with its organization, name and title in ``language`` (domain.bilingual)."""
    person, org = p.person, p.organization
    principal = p.principal
    return ParticipantRow(
        id=p.id,
        organization_id=p.organization_id,
        organization=in_language(language, org.name_en, org.name_zh),
        person_id=p.person_id,
        name=person_name(language, person) if person is not None else "",
        title=in_language(language, person.title_en, person.title_zh) if person else "",
        role=p.role,
        rsvp=p.rsvp,
        seat=p.seat,
        remarks=p.remarks,
        organization_rank=org.precedence_rank,
        person_rank=person.rank if person else None,
        principal_id=principal.id if principal is not None else None,
        principal=_label(principal, language) if principal is not None else "",
    )


def list_participants(
    session: Session, meeting_id: int, language: str = "en"
) -> list[ParticipantRow]:
    """The meeting's seats in order of precedence; names and titles in ``language``."""
    _get(session, Meeting, meeting_id, "meeting")
    participants = ordered_participants(session, meeting_id)
    _load_principals(session, participants)
    return [_row(p, language) for p in participants]


def _load_principals(session: Session, participants: list[Participant]) -> None:
    """Every ``principal`` of ``participants`` in one query (not one per row)."""
    from sqlalchemy.orm.attributes import set_committed_value

    from briefing_app.services.seating.plan import principals_of

    by_id = {p.id: p for p in participants}
    links = principals_of(session, list(by_id))
    for p in participants:
        set_committed_value(p, "principal", by_id.get(links.get(p.id)))


def principal_choices(
    session: Session, participant_id: int, language: str = "en"
) -> list[tuple[int, str]]:
    """(participant id, label) of everyone ``participant_id`` could work for: the
    other participants of the meeting, in order of precedence."""
    seat = _get(session, Participant, participant_id, "participant")
    return [
        (p.id, _label(p, language))
        for p in ordered_participants(session, seat.meeting_id)
        if p.id != participant_id
    ]


def set_principal(session: Session, participant_id: int, principal_id: int | None) -> None:
    """Whom an interpreter or note-taker works for (None: nobody): another
    participant of the same meeting."""
    seat = _get(session, Participant, participant_id, "participant")
    principal = None
    if principal_id is not None:
        principal = _get(session, Participant, principal_id, "participant")
        if principal.meeting_id != seat.meeting_id or principal.id == seat.id:
            raise UserError(
                f"participant {participant_id}: works for must be another participant"
                " of the same meeting"
            )
    seat.principal = principal
    session.flush()


def _seats(session: Session, meeting_id: int, organization_id: int) -> list[Participant]:
    query = select(Participant).where(
        Participant.meeting_id == meeting_id, Participant.organization_id == organization_id
    )
    return list(session.scalars(query))


def invite_organization(session: Session, meeting_id: int, organization_id: int) -> int:
    """Give ``organization_id`` a seat still to be named; returns the participant id."""
    _get(session, Meeting, meeting_id, "meeting")
    org = _get(session, Organization, organization_id, "organization")
    if _seats(session, meeting_id, organization_id):
        raise UserError(f"{org.name_en} is already invited to this meeting")
    seat = Participant(meeting_id=meeting_id, organization_id=organization_id)
    session.add(seat)
    session.flush()
    return seat.id


def invite_person(
    session: Session, meeting_id: int, person_id: int, role: str = ParticipantRole.MEMBER
) -> int:
    """Seat ``person_id``; fills their organization's unnamed seat if there is one."""
    _get(session, Meeting, meeting_id, "meeting")
    person = _get(session, Person, person_id, "person")
    seats = _seats(session, meeting_id, person.organization_id)
    if any(s.person_id == person_id for s in seats):
        raise UserError(f"{person.family_name} {person.given_name} is already invited".strip())
    empty = next((s for s in seats if s.person_id is None), None)
    if empty is None:
        empty = Participant(
            meeting_id=meeting_id, organization_id=person.organization_id, role=role
        )
        session.add(empty)
    empty.person_id = person_id
    session.flush()
    return empty.id


def create_person(
    session: Session, organization_id: int, family_name: str, given_name: str = "", **values
) -> int:
    """A new person of ``organization_id`` (created on the spot from the workspace)."""
    _get(session, Organization, organization_id, "organization")
    if not (family_name or "").strip():
        raise ValidationError(["family_name: a person needs a family name"], "new person")
    if not values.get("name_order"):  # not chosen: from the name's script (docs/names.md)
        values["name_order"] = infer_name_order(
            family_name, given_name, values.get("native_name", "")
        )
    order = values["name_order"]
    if order not in {o.value for o in NameOrder}:
        raise ValidationError([f'name_order: unknown name order "{order}"'], "new person")
    text = {k: clean(v).strip() if isinstance(v, str) else v for k, v in values.items()}
    person = Person(
        organization_id=organization_id,
        family_name=clean(family_name).strip(),
        given_name=clean(given_name).strip(),
        **text,
    )
    session.add(person)
    session.flush()
    return person.id


def _participant_values(values: dict, where: str) -> dict:
    problems = []
    unknown = set(values) - {"role", "rsvp", "seat", "remarks"}
    if unknown:
        raise ValueError(f"not participant fields: {sorted(unknown)}")
    if "role" in values and values["role"] not in {r.value for r in ParticipantRole}:
        problems.append(f'role: unknown role "{values["role"]}"')
    if "rsvp" in values and values["rsvp"] not in {r.value for r in Rsvp}:
        problems.append(f'rsvp: unknown RSVP "{values["rsvp"]}"')
    if len(values.get("seat") or "") > SEAT_LIMIT:
        problems.append(f"seat: at most {SEAT_LIMIT} characters")
    if over_excel_limit(values.get("remarks") or ""):
        problems.append(f"remarks: at most {EXCEL_CELL_LIMIT} characters")
    if problems:
        raise ValidationError(problems, where)
    return {k: clean(v).strip() if isinstance(v, str) else v for k, v in values.items()}


def update_participant(session: Session, participant_id: int, **values) -> ParticipantRow:
    """Change role, rsvp, seat and/or remarks of one seat."""
    seat = _get(session, Participant, participant_id, "participant")
    for name, value in _participant_values(values, f"participant {participant_id}").items():
        setattr(seat, name, value)
    session.flush()
    return _row(seat)


def seat_person(session: Session, participant_id: int, person_id: int | None) -> None:
    """Name who takes a seat (``None`` leaves it to be named), e.g. to undo an invitation
    that filled the organization's unnamed seat."""
    seat = _get(session, Participant, participant_id, "participant")
    if person_id is not None:
        person = _get(session, Person, person_id, "person")
        if person.organization_id != seat.organization_id:
            raise UserError(
                f"{person.family_name} {person.given_name}".strip()
                + " belongs to another organization than this seat"
            )
    seat.person_id = person_id
    session.flush()


def remove_participant(session: Session, participant_id: int) -> None:
    """Take one seat off the meeting (the person stays in the database)."""
    session.delete(_get(session, Participant, participant_id, "participant"))
    session.flush()


def _ranks_for(current: Sequence[int | None]) -> list[int]:
    """Strictly increasing ranks reusing the ones these records already hold.

    Reusing the existing values keeps the reordered records where they were
    relative to everyone else; unranked records get ranks after the largest.
    """
    pool = sorted(r for r in current if r is not None)
    ranks: list[int] = []
    for i in range(len(current)):
        wanted = pool[i] if i < len(pool) else (ranks[-1] + 1 if ranks else 1)
        ranks.append(max(wanted, ranks[-1] + 1) if ranks else wanted)
    return ranks


def _write_ranks(records: Sequence, attr: str) -> None:
    ranks = _ranks_for([getattr(r, attr) for r in records])
    for record, rank in zip(records, ranks, strict=True):
        if getattr(record, attr) != rank:
            setattr(record, attr, rank)


def _write_organization_order(orgs: Sequence[Organization]) -> None:
    """Make ``orgs`` read in this order.

    If their ranks already read in this order (only organizations sharing a
    rank were moved among themselves) the ranks stay and each reordered tie
    gets its ``tie_order``; otherwise ranks are rewritten (no ties remain).
    """
    ties: dict[int | None, list[Organization]] = {}
    for org in orgs:
        ties.setdefault(org.precedence_rank, []).append(org)
    ranks = [float("inf") if o.precedence_rank is None else o.precedence_rank for o in orgs]
    reordered = [m for m in ties.values() if m != sorted(m, key=organization_key)]
    unranked_moved = any(m[0].precedence_rank is None for m in reordered)
    if unranked_moved or any(a > b for a, b in pairwise(ranks)):
        _write_ranks(orgs, "precedence_rank")
        return
    for members in reordered:  # only ties that were reordered get a tie order
        _write_ranks(members, "tie_order")


def apply_participant_order(session: Session, meeting_id: int, ordered_ids: list[int]) -> None:
    """Write ranks so the meeting's seats read in the order ``ordered_ids``.

    Organizations take the order in which they first appear; people within an
    organization the order in which they appear. Unnamed seats have no rank
    of their own and stay after their organization's named people.
    """
    seats = {p.id: p for p in ordered_participants(session, meeting_id)}
    check_complete_order(ordered_ids, seats, "participant order", "seat", meeting_id)
    orgs: dict[int, Organization] = {}
    people: dict[int, list[Person]] = {}
    for pid in ordered_ids:
        seat = seats[pid]
        orgs.setdefault(seat.organization_id, seat.organization)
        if seat.person is not None:
            people.setdefault(seat.organization_id, []).append(seat.person)
    _write_organization_order(list(orgs.values()))
    for members in people.values():
        _write_ranks(members, "rank")
    session.flush()


def organization_choices(
    session: Session, exclude_meeting: int | None = None, language: str = "en"
) -> list[tuple[int, str]]:
    """(id, "Name (ACRONYM)") of organizations, by name in ``language``; optionally
    leaving out those already invited to ``exclude_meeting``."""
    invited: set[int] = set()
    if exclude_meeting is not None:
        query = select(Participant.organization_id).where(Participant.meeting_id == exclude_meeting)
        invited = set(session.scalars(query))
    rows = session.execute(
        select(Organization.id, Organization.name_en, Organization.name_zh, Organization.acronym)
    )
    labels = [
        (oid, organization_label(language, en, zh, acronym))
        for oid, en, zh, acronym in rows
        if oid not in invited
    ]
    return sorted(labels, key=lambda choice: (choice[1].casefold(), choice[0]))


def person_choices(
    session: Session,
    exclude_meeting: int | None = None,
    language: str = "en",
    *,
    invited_only: bool = False,
) -> list[tuple[int, str]]:
    """(id, "Name — title, organization") of people, in order of precedence, in
    ``language``; optionally leaving out those already seated at ``exclude_meeting``,
    or (``invited_only``) keeping only people of the organizations invited to it."""
    seated: set[int] = set()
    query = select(Person).options(selectinload(Person.organization))
    if exclude_meeting is not None:
        at_meeting = select(Participant.person_id, Participant.organization_id).where(
            Participant.meeting_id == exclude_meeting
        )
        rows = session.execute(at_meeting).all()
        seated = {pid for pid, _org in rows if pid is not None}
        if invited_only:
            query = query.where(Person.organization_id.in_({org for _pid, org in rows}))
    people = session.scalars(query)
    return [
        (p.id, _person_label(p, language))
        for p in people_in_order([p for p in people if p.id not in seated])
    ]


def _person_label(p: Person, language: str) -> str:
    org = p.organization
    where = (in_language(language, p.title_en, p.title_zh),
             in_language(language, org.name_en, org.name_zh))  # fmt: skip
    return f"{person_name(language, p)} — " + ", ".join(x for x in where if x)


def chair_choices(session: Session, meeting_id: int, language: str = "en") -> list[tuple[int, str]]:
    """(person id, label) of the meeting's named participants, who may chair it."""
    return [
        (r.person_id, f"{r.name} ({r.organization})")
        for r in list_participants(session, meeting_id, language)
        if r.person_id
    ]
