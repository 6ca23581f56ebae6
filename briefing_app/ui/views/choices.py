"""Choice lists read from the database for the editors (organizations, priorities)."""

from __future__ import annotations

from sqlalchemy import select

from briefing_app.db.models import Organization, Priority


def organization_choices(db) -> list[tuple[int, str]]:
    """(id, "Name (ACRONYM)") for every organization, in order of precedence."""
    query = select(Organization.id, Organization.name_en, Organization.acronym).order_by(
        Organization.precedence_rank.is_(None), Organization.precedence_rank, Organization.name_en
    )
    with db.session() as s:
        rows = s.execute(query).all()
    return [(i, f"{name} ({acr})" if acr else name) for i, name, acr in rows]


def priority_choices(db) -> list[tuple[int, str]]:
    with db.session() as s:
        rows = s.execute(select(Priority.id, Priority.title).order_by(Priority.position)).all()
    return [(i, title) for i, title in rows]
