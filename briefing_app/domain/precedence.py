"""Order of precedence: the one ordering every protocol list uses.

Organization precedence rank first, then the person's protocol rank within
the organization, then a stable tie-break (names, then id). A missing rank
sorts after every given rank, so an unranked newcomer never jumps the queue.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")
_LAST = float("inf")


def precedence_key(
    org_rank: int | None,
    person_rank: int | None = None,
    *tie_break: object,
) -> tuple:
    """Sort key for one entry; ``tie_break`` values must be mutually comparable."""
    return (
        _LAST if org_rank is None else org_rank,
        _LAST if person_rank is None else person_rank,
        *(("" if v is None else v) for v in tie_break),
    )


def in_precedence_order(items: Iterable[T], key: Callable[[T], tuple]) -> list[T]:
    """Items sorted by ``key`` (which must come from :func:`precedence_key`)."""
    return sorted(items, key=key)
