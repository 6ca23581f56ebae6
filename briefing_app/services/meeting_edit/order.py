"""Putting a meeting's rows in an order the user gave (agenda items, chosen talking
points, seats): the order must name every row once, and positions are 0, 1, 2...
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from briefing_app.errors import ValidationError


def check_complete_order(
    ordered_ids: Sequence[int], known_ids: Iterable[int], what: str, rows: str, meeting_id: int
) -> None:
    """Refuse an order that does not list each of ``known_ids`` exactly once
    (``what``: the field, "agenda order"; ``rows``: what it orders, "item of the meeting")."""
    if sorted(ordered_ids) != sorted(known_ids):
        raise ValidationError(
            [f"{what}: the new order must list every {rows} exactly once"],
            f"meeting {meeting_id}",
        )


def renumber(records: Iterable) -> None:
    """``position`` 0, 1, 2... in the order given, writing only those that change."""
    for position, record in enumerate(records):
        if record.position != position:
            record.position = position
