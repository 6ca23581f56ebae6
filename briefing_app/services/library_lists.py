"""Pages of library rows for the GUI's table views (no Qt).

Tables in the GUI load lazily: the model asks for ``count`` and then for one
page at a time as the user scrolls. Sorting happens here, in SQL, so a sort
over 50,000 talking points is correct without loading them all.
"""

from __future__ import annotations

from types import SimpleNamespace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from briefing_app.db.models import Meeting, Organization, Person, Priority, TalkingPoint
from briefing_app.domain.bilingual import in_language, organization_label, person_name
from briefing_app.services.list_rows import COLUMN_KEYS, DEFAULT_SORT, ListRow

__all__ = ["DEFAULT_SORT", "ListRow", "columns", "count", "page"]

_Org = Organization
#: services.meetings.organization_key in SQL (rank, tie order, name; the caller adds id).
_PRECEDENCE = (
    _Org.precedence_rank.is_(None),
    _Org.precedence_rank,
    _Org.tie_order.is_(None),
    _Org.tie_order,
    func.lower(_Org.name_en),
)


def _in(language: str, en, zh):
    """domain.bilingual.in_language in SQL: the Chinese text, else the English one."""
    return func.coalesce(func.nullif(zh, ""), en) if language == "zh" else en


def _other(language: str, en, zh):
    """domain.bilingual.other_language in SQL."""
    return en if language == "zh" else zh


def _both(expression) -> tuple:
    """A column shown and sorted by the same expression."""
    return expression, (expression,)


def _organization_columns(language: str) -> dict[str, tuple]:
    name = _in(language, _Org.name_en, _Org.name_zh)
    return {
        "name": _both(name),
        "other_name": _both(_other(language, _Org.name_en, _Org.name_zh)),
        "acronym": _both(_Org.acronym),
        "kind": (_Org.kind, (_Org.kind, name)),
        "precedence_rank": (_Org.precedence_rank, _PRECEDENCE),
        "country": (_Org.country, (_Org.country, name)),
    }


def _person_columns(language: str) -> dict[str, tuple]:
    """Names are formatted in Python (``_row``): the SQL gives the family name."""
    if language == "zh":
        chinese = func.coalesce(
            func.nullif(Person.name_zh, ""), func.nullif(Person.native_name, "")
        )
        name_sort = (func.coalesce(chinese, Person.family_name), Person.given_name)
        label = func.coalesce(
            func.nullif(_Org.name_zh, ""), func.nullif(_Org.acronym, ""), _Org.name_en
        )
    else:
        name_sort = (Person.family_name, Person.given_name)
        label = func.coalesce(func.nullif(_Org.acronym, ""), _Org.name_en)
    other = Person.family_name if language == "zh" else Person.native_name
    return {
        "name": (Person.family_name, name_sort),
        "other_name": (other, (other,)),
        "organization": (label, (label, Person.rank.is_(None), Person.rank)),
        "title": _both(_in(language, Person.title_en, Person.title_zh)),
        "rank": (Person.rank, (Person.rank.is_(None), Person.rank, Person.family_name)),
    }


def _point_columns(language: str) -> dict[str, tuple]:
    tp = TalkingPoint
    title = _in(language, tp.title, tp.title_zh)
    return {
        "title": _both(title),
        "other_title": _both(_other(language, tp.title, tp.title_zh)),
        "status": (tp.status, (tp.status, title)),
        "owner": (tp.owner, (tp.owner, title)),
        "last_reviewed": _both(tp.last_reviewed),
    }


def _priority_columns(language: str) -> dict[str, tuple]:
    return {
        "position": (Priority.position, (Priority.position, Priority.title)),
        "title": _both(_in(language, Priority.title, Priority.title_zh)),
        "other_title": _both(_other(language, Priority.title, Priority.title_zh)),
        "period": (Priority.period, (Priority.period, Priority.position)),
        "source": (Priority.source, (Priority.source, Priority.position)),
    }


def _meeting_columns(language: str) -> dict[str, tuple]:
    return {
        "starts_at": (Meeting.starts_at, (Meeting.starts_at.is_(None), Meeting.starts_at)),
        "title": _both(_in(language, Meeting.title, Meeting.title_zh)),
        "city": (Meeting.city, (Meeting.city, Meeting.starts_at)),
        "venue": (Meeting.venue, (Meeting.venue, Meeting.starts_at)),
        "status": (Meeting.status, (Meeting.status, Meeting.starts_at)),
    }


_COLUMN_BUILDERS = {
    "organization": _organization_columns,
    "person": _person_columns,
    "talking_point": _point_columns,
    "priority": _priority_columns,
    "meeting": _meeting_columns,
}


def columns(kind: str, language: str = "en") -> dict[str, tuple]:
    """Per column key -> (selected expression, sort expressions), for a table shown in
    an interface in ``language``; the keys are those of list_rows.COLUMN_KEYS, in the
    same order (the GUI reads them there, without SQLAlchemy)."""
    return _COLUMN_BUILDERS[kind](language)


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
    language: str = "en",
) -> list[ListRow]:
    """Rows ``offset``..``offset+limit`` in the order of column ``sort``, with names and
    titles in ``language`` (domain.bilingual)."""
    model, cols = _MODELS[kind], columns(kind, language)
    order = [(e.desc() if descending else e) for e in cols[sort or DEFAULT_SORT[kind]][1]]
    extra = _person_extras() if kind == "person" else ()
    query = select(model.id, model.version, *(c[0] for c in cols.values()), *extra)
    if kind == "person":
        query = query.join(Organization, Person.organization_id == Organization.id)
    query = query.order_by(*order, model.id).offset(offset).limit(limit)
    return [_row(kind, r, language) for r in session.execute(query)]


_PERSON_EXTRAS = ("family_name", "given_name", "name_order", "honorific", "native_name", "name_zh")


def _person_extras() -> tuple:
    return tuple(getattr(Person, name) for name in _PERSON_EXTRAS)


def _row(kind: str, r, language: str) -> ListRow:
    cells = tuple(r[2 : 2 + len(COLUMN_KEYS[kind])])
    if kind == "person":
        person = SimpleNamespace(
            **dict(zip(_PERSON_EXTRAS, r[-len(_PERSON_EXTRAS) :], strict=True))
        )
        name, latin = person_name(language, person), person_name("en", person)
        other = (latin if latin != name else "") if language == "zh" else cells[1]
        cells = (name, other, *cells[2:])
    return ListRow(r[0], r[1], cells)


def organization_choices(session: Session, language: str = "en") -> list[tuple[int, str]]:
    """(id, "Name (ACRONYM)") for every organization, in order of precedence (the
    editors' "Part of", "Organization" and "Aimed at" lists), names in ``language``."""
    query = select(_Org.id, _Org.name_en, _Org.name_zh, _Org.acronym)
    return [
        (i, organization_label(language, en, zh, acronym))
        for i, en, zh, acronym in session.execute(query.order_by(*_PRECEDENCE, _Org.id))
    ]


def priority_choices(session: Session, language: str = "en") -> list[tuple[int, str]]:
    """(id, title) of every priority, in their own order, titles in ``language``."""
    query = select(Priority.id, Priority.title, Priority.title_zh).order_by(Priority.position)
    return [(i, in_language(language, en, zh)) for i, en, zh in session.execute(query)]
