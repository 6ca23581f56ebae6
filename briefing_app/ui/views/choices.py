"""Choice lists read from the database for the editors (organizations, priorities),
their names in the interface's language (domain.bilingual)."""

from __future__ import annotations

from briefing_app.services import library_lists
from briefing_app.ui.language import data_language


def organization_choices(db) -> list[tuple[int, str]]:
    """(id, "Name (ACRONYM)") for every organization, in order of precedence."""
    with db.session() as s:
        return library_lists.organization_choices(s, data_language())


def priority_choices(db) -> list[tuple[int, str]]:
    with db.session() as s:
        return library_lists.priority_choices(s, data_language())


def kind_choices(db) -> list[tuple[str, str]]:
    """(key, label in the interface's language) of the office's organization kinds."""
    from briefing_app.services.org_kinds import kind_choices as choices

    with db.session() as s:
        return choices(s, data_language())


def add_kind(db, label_en: str, label_zh: str) -> str:
    """Add an organization kind to the office's list (one transaction); its key."""
    from briefing_app.services.org_kinds import add_kind as add

    with db.session() as s, s.begin():
        return add(s, label_en, label_zh)
