"""Setting many photos at once from a folder of image files whose names are the
people's uids or names ("wang-yi.jpg", "WANG Yi.png", "王毅.jpg")."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from briefing_app.db.models import Person
from briefing_app.errors import UserError
from briefing_app.services.photos.image import EXTENSIONS, PhotoError, read_photo
from briefing_app.services.photos.store import name_key, name_keys, set_photo


@dataclass
class FolderResult:
    """What a folder import did: people given a photo, files no person matched, files
    that match several people, and files refused (one line each, naming the file)."""

    set: list[tuple[str, Person]] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)
    ambiguous: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)


def image_files(folder: Path) -> list[Path]:
    """The image files directly in ``folder``, by name."""
    if not folder.is_dir():
        raise UserError(f"{folder}: not a folder")
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.casefold() in EXTENSIONS)


def _index(session: Session) -> dict[str, list[Person]]:
    index: dict[str, list[Person]] = {}
    for person in session.scalars(select(Person).order_by(Person.id)):
        for key in name_keys(person):
            index.setdefault(key, []).append(person)
    return index


def import_folder(session: Session, folder: str | Path) -> FolderResult:
    """Set the photo of each person a file in ``folder`` names (uid or name). A file
    that is not a usable image is reported and skipped; the others are still set."""
    folder = Path(folder)
    files = image_files(folder)
    index, result = _index(session), FolderResult()
    for path in files:
        stem = path.stem
        people = index.get(stem.casefold()) or index.get(name_key(stem)) or []
        if not people:
            result.unmatched.append(path.name)
            continue
        if len({p.id for p in people}) > 1:
            result.ambiguous.append(path.name)
            continue
        try:
            photo = read_photo(path)
        except PhotoError as exc:
            result.refused.append(exc.one_line())
            continue
        set_photo(session, people[0], photo)
        result.set.append((path.name, people[0]))
    return result
