"""The ``person_photos`` table: a person's photo set, removed, read, and which
people have one. Services take the caller's session and never commit."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from briefing_app.db.models import Person, PersonPhoto
from briefing_app.domain.numbers import fits
from briefing_app.errors import NotFoundError
from briefing_app.services.photos.model import PreparedPhoto


def assign_photo(person: Person, photo: PreparedPhoto | None) -> bool:
    """Make ``photo`` (None: no photo) ``person``'s photo, without flushing (an import
    sets photos of people it is still creating). True when that changed anything."""
    row = person.photo
    if photo is None:
        person.photo = None
        return row is not None
    if row is not None and row.sha256 == photo.sha256:
        return False
    if row is None:
        row = person.photo = PersonPhoto()
    row.data, row.format = photo.data, photo.format
    row.width, row.height, row.sha256 = photo.width, photo.height, photo.sha256
    return True


def set_photo(session: Session, person: Person, photo: PreparedPhoto) -> bool:
    """Store ``photo`` as ``person``'s photo (replacing any earlier one); False when
    it was already that photo."""
    changed = assign_photo(person, photo)
    session.flush()
    return changed


def remove_photo(session: Session, person: Person) -> bool:
    """Remove ``person``'s photo; False when there was none."""
    removed = assign_photo(person, None)
    session.flush()
    return removed


def get_photo(session: Session, person_id: int) -> PreparedPhoto | None:
    """The person's stored photo, or None."""
    row = session.get(PersonPhoto, person_id)
    if row is None:
        return None
    return PreparedPhoto(row.data, row.format, row.width, row.height)


def photos_of(session: Session, person_ids: Iterable[int]) -> dict[int, PreparedPhoto]:
    """The stored photos of those of ``person_ids`` that have one (one query)."""
    ids = list(set(person_ids))
    if not ids:
        return {}
    rows = session.scalars(select(PersonPhoto).where(PersonPhoto.person_id.in_(ids)))
    return {r.person_id: PreparedPhoto(r.data, r.format, r.width, r.height) for r in rows}


def name_key(text: str | None) -> str:
    """A name reduced for matching: case, accents, spaces and punctuation ignored
    ("Wang_Yi", "wang-yi" and "WANG Yi" are the same)."""
    folded = unicodedata.normalize("NFKD", (text or "").casefold())
    return "".join(c for c in folded if c.isalnum())


def name_keys(person: Person) -> set[str]:
    """Every way a file or a user may name ``person``: uid, family + given names in
    either order, the name in native script and its Chinese form."""
    family, given = person.family_name or "", person.given_name or ""
    keys = {
        person.uid.casefold(),
        name_key(f"{family} {given}"),
        name_key(f"{given} {family}"),
        name_key(person.native_name),
        name_key(person.name_zh),
    }
    return {k for k in keys if k}


def find_person(session: Session, ref: str) -> Person:
    """The person with id, uid or name ``ref`` (a name may be part of one, when only
    one person has it)."""
    text = str(ref).strip()
    if text.isascii() and text.isdigit() and len(text) < 30 and fits(int(text)):
        person = session.get(Person, int(text))
        if person is not None:
            return person
    people = session.scalars(select(Person)).all()
    key, uid = name_key(text), text.casefold()
    exact = [p for p in people if uid == p.uid.casefold() or key in name_keys(p)]
    matches = exact or [p for p in people if key and any(key in k for k in name_keys(p))]
    if not matches:
        raise NotFoundError(f'no person with id, uid or name matching "{text}"')
    if len(matches) > 1:
        names = ", ".join(f"{p.id}: {p.given_name} {p.family_name}".strip() for p in matches[:5])
        raise NotFoundError(f'"{text}" matches {len(matches)} people ({names}); give the id')
    return matches[0]
