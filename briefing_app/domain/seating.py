"""Automatic seating by protocol rules (docs/seating.md): pure functions.

The guests arrive already in order of precedence (``services.meetings.
ordered_participants``, the one ordering every list uses); this module never
sorts people itself, so ties are broken exactly as everywhere else. It decides:

1. the **host** (role host, else chair, else the host organization's leader,
   else the first in precedence) takes the place of honour;
2. the **principal guest** (the first leader of another delegation) takes the
   next place: the host's right, or, at a boardroom table, the seat facing the host;
3. the other **heads of delegation**, then the other delegates, fill the table's
   places in the shape's order of honour (alternating right and left), so
   members sit "further down"; at a boardroom table between exactly two
   delegations, each delegation sits on its own side;
4. **staff** (interpreters, note-takers) sit in the chair behind their
   **principal** (the participant they work for, when one is set), else behind
   their own head of delegation, or the nearest free chair; delegates who find
   no place at the table sit behind their head of delegation (theatre: the
   audience rows, delegations together in order);
5. a **locked** seat keeps its occupant (or stays empty) on every re-run.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from briefing_app.domain.enums import ParticipantRole
from briefing_app.domain.precedence import LEADING_ROLES
from briefing_app.domain.seating_layout import Layout, Place, TableShape


@dataclass(frozen=True)
class Guest:
    """A participant as the seating sees it."""

    id: int
    org: int
    role: str
    #: The guest an interpreter or note-taker works for (their chair goes behind).
    principal: int | None = None

    @property
    def leads(self) -> bool:
        return self.role in LEADING_ROLES

    @property
    def staff(self) -> bool:
        return self.role == ParticipantRole.STAFF


@dataclass
class Seating:
    """The outcome: seat number -> guest id, and who found no chair."""

    seats: dict[int, int] = field(default_factory=dict)
    unseated: list[int] = field(default_factory=list)


def find_host(guests: list[Guest], host_org: int | None = None) -> Guest | None:
    """Role host, else chair, else the host organization's leader, else the first."""
    for test in (
        lambda g: g.role == ParticipantRole.HOST,
        lambda g: g.role == ParticipantRole.CHAIR,
        lambda g: g.org == host_org and g.leads,
        lambda g: g.org == host_org,
    ):
        found = next((g for g in guests if test(g)), None)
        if found:
            return found
    return guests[0] if guests else None


def find_principal_guest(guests: list[Guest], host: Guest | None) -> Guest | None:
    """The first leader of another delegation, else the first other non-staff guest."""
    others = [g for g in guests if g is not host and not g.staff]
    foreign = [g for g in others if host is None or g.org != host.org]
    return next((g for g in foreign if g.leads), None) or next(iter(foreign or others), None)


def table_queue(guests: list[Guest], host_org: int | None = None) -> list[Guest]:
    """Everyone who should sit at the table, in the order they take its places:
    host, principal guest, other leaders, then the other non-staff delegates."""
    host = find_host(guests, host_org)
    principal = find_principal_guest(guests, host)
    first = [g for g in (host, principal) if g is not None]
    rest = [g for g in guests if g not in first and not g.staff]
    return first + [g for g in rest if g.leads] + [g for g in rest if not g.leads]


def auto_seat(
    guests: list[Guest],
    plan: Layout,
    host_org: int | None = None,
    locked: dict[int, int | None] | None = None,
) -> Seating:
    """Seat ``guests`` (in order of precedence) on ``plan``'s chairs.

    ``locked`` maps seat numbers to the guest id that must stay there (None: the
    seat stays empty); those guests and seats are left out of the rest.
    """
    locked = dict(locked or {})
    result = Seating(seats={k: v for k, v in locked.items() if v is not None})
    placed = set(result.seats.values())
    free = [p for p in plan.places if p.position not in locked]
    queue = [g for g in table_queue(guests, host_org) if g.id not in placed]
    if plan.shape == TableShape.THEATRE:  # the head table is for the principals only
        queue = queue[:2] + [g for g in queue[2:] if g.leads]
    overflow = _fill_table(queue, [p for p in free if p.at_table], plan.shape, result)
    seated = set(result.seats.values())
    behind = [g for g in guests if g.id not in seated and (g in overflow or g not in queue)]
    back = [p for p in free if not p.at_table]
    if plan.shape == TableShape.THEATRE:
        result.unseated += [g.id for g in _fill_in_order(behind, back, result)]
    else:
        _fill_behind(behind, back, plan, guests, result)
    return result


def _fill_table(queue: list[Guest], places: list[Place], shape, result: Seating) -> list[Guest]:
    """Give the queue the table's places in order of honour; return who did not fit."""
    orgs = list(dict.fromkeys(g.org for g in queue))
    if shape == TableShape.BOARDROOM and len(orgs) == 2:
        host_org = queue[0].org
        guest_org = next(o for o in orgs if o != host_org)
        left = []
        for side, org in (("host", host_org), ("guest", guest_org)):
            side_places = sorted((p for p in places if p.side == side), key=lambda p: p.honour)
            left += _fill_in_order([g for g in queue if g.org == org], side_places, result)
        return left
    return _fill_in_order(queue, sorted(places, key=lambda p: p.honour), result)


def _fill_in_order(queue: list[Guest], places: list[Place], result: Seating) -> list[Guest]:
    for guest, place in zip(queue, places, strict=False):
        result.seats[place.position] = guest.id
    return queue[len(places) :]


def _fill_behind(
    queue: list[Guest], back: list[Place], plan: Layout, guests: list[Guest], result: Seating
) -> None:
    """Each guest takes the free back chair nearest to their principal (an
    interpreter's or note-taker's, when set and seated), else to their
    delegation's leader (or, failing one, to the first seat of their delegation).
    Those with a seated principal choose first: the chair right behind is theirs."""
    where = {gid: pos for pos, gid in result.seats.items()}
    spot = {p.position: p for p in plan.places}
    by_id = {g.id: g for g in guests}
    anchors: dict[int, Place] = {}
    for gid, pos in sorted(where.items(), key=lambda item: _lead_first(by_id.get(item[0]))):
        guest = by_id.get(gid)
        if guest is not None and guest.org not in anchors:
            anchors[guest.org] = spot[pos]
    free = list(back)
    for guest in sorted(queue, key=lambda g: g.principal not in where):
        if not free:
            result.unseated.append(guest.id)
            continue
        principal = where.get(guest.principal) if guest.principal is not None else None
        anchor = spot[principal] if principal is not None else anchors.get(guest.org)
        chair = min(free, key=lambda p: _distance(p, anchor)) if anchor else free[0]
        free.remove(chair)
        result.seats[chair.position] = guest.id


def _lead_first(guest: Guest | None) -> int:
    return 0 if guest is not None and guest.leads else 1


def _distance(a: Place, b: Place) -> float:
    return math.hypot(a.x - b.x, a.y - b.y)
