"""The meetings list's row count and first page, read with ``sqlite3`` (no SQLAlchemy).

The GUI's fast start shows the main window with its meetings before the ORM is
loaded. The rows are exactly what ``library_lists.count`` and ``library_lists.page``
give for the meetings list in its default sort (``starts_at``, meetings without
a date last, then by id); ``tests/services/test_first_page.py`` compares the two.
Everything after the first page (scrolling, sorting, reloading) goes through
``library_lists``.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from briefing_app.db.read_only import open_read_only
from briefing_app.services.list_rows import ListRow

# The columns of list_rows.COLUMN_KEYS["meeting"], after the id and version; the title
# in the interface's language (library_lists._in: the Chinese one, else the English one).
_TITLE = {"en": "title", "zh": "coalesce(nullif(title_zh, ''), title)"}
_MEETINGS_PAGE = (
    "SELECT id, version, starts_at, {title}, city, venue, status FROM meetings "
    "ORDER BY starts_at IS NULL, starts_at, id LIMIT ?"
)


@dataclass(frozen=True)
class FirstPage:
    """A table's total row count and its first rows, in its default sort."""

    kind: str
    total: int
    rows: list[ListRow]
    language: str = "en"


def _datetime(value: str | None) -> datetime | None:
    """What SQLAlchemy's SQLite ``DateTime`` gives for a stored value."""
    return None if value is None else datetime.fromisoformat(value)


def meetings_first_page(path: Path, limit: int, language: str = "en") -> FirstPage:
    """The meetings count and the first ``limit`` meetings, as ``ListRow`` values, titles
    in ``language``."""
    with contextlib.closing(open_read_only(path)) as conn:
        total = conn.execute("SELECT count(*) FROM meetings").fetchone()[0]
        rows = [
            ListRow(id_, version, (_datetime(starts), title, city, venue, status))
            for id_, version, starts, title, city, venue, status in conn.execute(
                _MEETINGS_PAGE.format(title=_TITLE.get(language, "title")), (limit,)
            )
        ]
    return FirstPage("meeting", total, rows, language)
