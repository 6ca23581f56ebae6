"""Pages of library rows for the GUI's table views (no Qt).

Tables in the GUI load lazily: the model asks for ``count`` and then for one
page at a time as the user scrolls. Sorting happens here, in SQL, so a sort
over 50,000 talking points is correct without loading them all.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from briefing_app.db.models import Meeting, Organization, Person, Priority, TalkingPoint
from briefing_app.domain.names import latin_name
from briefing_app.services.list_rows import DEFAULT_SORT, ListRow

__all__ = ["COLUMNS", "DEFAULT_SORT", "ListRow", "count", "page"]

_Org = Organization
_ORG_LABEL = func.coalesce(func.nullif(_Org.acronym, ""), _Org.name_en)
#: services.meetings.organization_key in SQL (rank, tie order, name; the caller adds id).
_PRECEDENCE = (
    _Org.precedence_rank.is_(None),
    _Org.precedence_rank,
    _Org.tie_order.is_(None),
    _Org.tie_order,
    func.lower(_Org.name_en),
)

# Per kind: column key -> (selected expression, sort expressions); the keys are those of
# list_rows.COLUMN_KEYS, in the same order (the GUI reads them there, without SQLAlchemy).
COLUMNS: dict[str, dict[str, tuple]] = {
    "organization": {
        "name_en": (_Org.name_en, (_Org.name_en,)),
        "name_zh": (_Org.name_zh, (_Org.name_zh,)),
        "acronym": (_Org.acronym, (_Org.acronym,)),
        "kind": (_Org.kind, (_Org.kind, _Org.name_en)),
        "precedence_rank": (
            _Org.precedence_rank,
            _PRECEDENCE,
        ),
        "country": (_Org.country, (_Org.country, _Org.name_en)),
    },
    "person": {
        "name": (Person.family_name, (Person.family_name, Person.given_name)),
        "native_name": (Person.native_name, (Person.native_name,)),
        "organization": (_ORG_LABEL, (_ORG_LABEL, Person.rank.is_(None), Person.rank)),
        "title_en": (Person.title_en, (Person.title_en,)),
        "rank": (Person.rank, (Person.rank.is_(None), Person.rank, Person.family_name)),
    },
    "talking_point": {
        "title": (TalkingPoint.title, (TalkingPoint.title,)),
        "title_zh": (TalkingPoint.title_zh, (TalkingPoint.title_zh,)),
        "status": (TalkingPoint.status, (TalkingPoint.status, TalkingPoint.title)),
        "owner": (TalkingPoint.owner, (TalkingPoint.owner, TalkingPoint.title)),
        "last_reviewed": (TalkingPoint.last_reviewed, (TalkingPoint.last_reviewed,)),
    },
    "priority": {
        "position": (Priority.position, (Priority.position, Priority.title)),
        "title": (Priority.title, (Priority.title,)),
        "title_zh": (Priority.title_zh, (Priority.title_zh,)),
        "period": (Priority.period, (Priority.period, Priority.position)),
        "source": (Priority.source, (Priority.source, Priority.position)),
    },
    "meeting": {
        "starts_at": (Meeting.starts_at, (Meeting.starts_at.is_(None), Meeting.starts_at)),
        "title": (Meeting.title, (Meeting.title,)),
        "city": (Meeting.city, (Meeting.city, Meeting.starts_at)),
        "venue": (Meeting.venue, (Meeting.venue, Meeting.starts_at)),
        "status": (Meeting.status, (Meeting.status, Meeting.starts_at)),
    },
}

_MODELS = {"organization": Organization, "person": Person, "talking_point": TalkingPoint}
_MODELS |= {"priority": Priority, "meeting": Meeting}


def count(session: Session, kind: str) -> int:
    """How many rows the table has."""
    return session.scalar(select(func.count()).select_from(_MODELS[kind])) or 0


def page(
    session: Session,
    kind: str,
    offset: int,
    limit: int,
    sort: str | None = None,
    descending: bool = False,
) -> list[ListRow]:
    """Rows ``offset``..``offset+limit`` in the order of column ``sort``."""
    model, columns = _MODELS[kind], COLUMNS[kind]
    order = [(e.desc() if descending else e) for e in columns[sort or DEFAULT_SORT[kind]][1]]
    extra = _person_extras() if kind == "person" else ()
    query = select(model.id, model.version, *(c[0] for c in columns.values()), *extra)
    if kind == "person":
        query = query.join(Organization, Person.organization_id == Organization.id)
    query = query.order_by(*order, model.id).offset(offset).limit(limit)
    return [_row(kind, r) for r in session.execute(query)]


def _person_extras() -> tuple:
    return (Person.given_name, Person.name_order, Person.honorific)


def _row(kind: str, r) -> ListRow:
    cells = tuple(r[2 : 2 + len(COLUMNS[kind])])
    if kind == "person":
        given, order, honorific = r[-3:]
        cells = (latin_name(cells[0], given, order, honorific), *cells[1:])
    return ListRow(r[0], r[1], cells)


def organization_choices(session: Session) -> list[tuple[int, str]]:
    """(id, "Name (ACRONYM)") for every organization, in order of precedence (the
    editors' "Part of", "Organization" and "Aimed at" lists)."""
    query = select(_Org.id, _Org.name_en, _Org.acronym).order_by(*_PRECEDENCE, _Org.id)
    return [(i, f"{name} ({acr})" if acr else name) for i, name, acr in session.execute(query)]


def priority_choices(session: Session) -> list[tuple[int, str]]:
    """(id, title) of every priority, in their own order."""
    query = select(Priority.id, Priority.title).order_by(Priority.position)
    return [(i, title) for i, title in session.execute(query)]
