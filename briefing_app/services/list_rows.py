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


#: "name"/"title" are in the interface's language (the other one where the record has
#: none); "other_name"/"other_title" in the other language (for people: the
#: native-script name in English, the Latin name in Chinese). See domain.bilingual.
COLUMN_KEYS: dict[str, tuple[str, ...]] = {
    "organization": ("name", "other_name", "acronym", "kind", "precedence_rank", "country"),
    "person": ("name", "other_name", "organization", "title", "rank"),
    "talking_point": ("title", "other_title", "status", "owner", "last_reviewed"),
    "priority": ("position", "title", "other_title", "period", "source"),
    "meeting": ("starts_at", "title", "city", "venue", "status"),
}

DEFAULT_SORT = {
    "organization": "precedence_rank",
    "person": "organization",
    "talking_point": "title",
    "priority": "position",
    "meeting": "starts_at",
}
