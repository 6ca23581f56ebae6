"""Order of precedence: the one ordering every protocol list uses.

The rule (also in docs/names.md, "Order of precedence"):

1. **Organizations** by precedence rank (1 first); organizations sharing a
   rank in the *tie order* the user set (dragging within the tie, or
   ``tie_order`` in the interchange format); then, as a documented fallback,
   by English name (case-insensitive) and finally by database id, so the
   order never depends on how the database happened to return rows.
2. **Each delegation together**: every seat of an organization directly
   follows the organization, whatever the people's own ranks.
3. Within a delegation: named people before seats still to be named; the
   person who leads it (head of delegation, host or chair) first; then the
   person's protocol rank; then family and given name (case-insensitive);
   then the seat's id.

A missing rank or tie order sorts after every given one, so an unranked
newcomer never jumps the queue.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from briefing_app.domain.enums import ParticipantRole

T = TypeVar("T")
_LAST = float("inf")

#: Roles whose holder heads the organization's delegation.
LEADING_ROLES = frozenset(
    {ParticipantRole.HEAD_OF_DELEGATION, ParticipantRole.HOST, ParticipantRole.CHAIR}
)


def _rank(value: int | None) -> float:
    return _LAST if value is None else value


def organization_order_key(
    rank: int | None, tie_order: int | None, name_en: str | None, org_id: int | None
) -> tuple:
    """Sort key of an organization: rank, tie order, English name, id."""
    return (_rank(rank), _rank(tie_order), (name_en or "").casefold(), org_id or 0)


def delegate_order_key(
    named: bool,
    role: str | None,
    person_rank: int | None,
    family_name: str | None,
    given_name: str | None,
    seat_id: int | None,
) -> tuple:
    """Sort key of one seat within its organization's delegation."""
    leads = role is not None and str(role) in LEADING_ROLES
    return (
        0 if named else 1,
        0 if leads else 1,
        _rank(person_rank),
        (family_name or "").casefold(),
        (given_name or "").casefold(),
        seat_id or 0,
    )


def precedence_key(org_key: tuple, delegate_key: tuple = ()) -> tuple:
    """The full key: organization first, then the seat within its delegation.

    Because the organization's key is complete (it ends with the id) before any
    person's value, two organizations' delegations can never interleave.
    """
    return (*org_key, *delegate_key)


def in_precedence_order(items: Iterable[T], key: Callable[[T], tuple]) -> list[T]:
    """Items sorted by ``key`` (which must come from :func:`precedence_key`)."""
    return sorted(items, key=key)
