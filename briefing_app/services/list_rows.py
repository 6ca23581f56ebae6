"""What the GUI's library tables show, without SQLAlchemy: the row type, each kind's
column keys (in display order) and its default sort column.

``services.library_lists`` reads the rows through the ORM; ``services.first_page``
reads the meetings list's first page with ``sqlite3`` for the fast start. Both
give ``ListRow`` values in this column order.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ListRow:
    """One table row: the record id, its version and the cell values in column order."""

    id: int
    version: int
    cells: tuple


COLUMN_KEYS: dict[str, tuple[str, ...]] = {
    "organization": ("name_en", "name_zh", "acronym", "kind", "precedence_rank", "country"),
    "person": ("name", "native_name", "organization", "title_en", "rank"),
    "talking_point": ("title", "title_zh", "status", "owner", "last_reviewed"),
    "priority": ("position", "title", "title_zh", "period", "source"),
    "meeting": ("starts_at", "title", "city", "venue", "status"),
}

DEFAULT_SORT = {
    "organization": "precedence_rank",
    "person": "organization",
    "talking_point": "title",
    "priority": "position",
    "meeting": "starts_at",
}
