"""Choice lists read from the database for the editors (organizations, priorities)."""

from __future__ import annotations

from briefing_app.services import library_lists


def organization_choices(db) -> list[tuple[int, str]]:
    """(id, "Name (ACRONYM)") for every organization, in order of precedence."""
    with db.session() as s:
        return library_lists.organization_choices(s)


def priority_choices(db) -> list[tuple[int, str]]:
    with db.session() as s:
        return library_lists.priority_choices(s)
