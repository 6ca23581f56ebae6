"""The pack's "Biographies" part: who gets one, their bio in the pack's language,
names by protocol rules, and their photo, made small for the pack and placed
beside the bio at a fixed width (docs/pack.md, "Biographies").

Reading (with the database) happens in :func:`chosen` and :func:`small_photos`,
once for every language; :func:`biographies` builds the entries in one; the render side
(:func:`pictures`) turns a content's photos into docxtpl images without it.
"""

from __future__ import annotations

import base64
import io

from sqlalchemy.orm import Session

from briefing_app.db.models import Participant
from briefing_app.domain.enums import ParticipantRole, Rsvp
from briefing_app.errors import UserError
from briefing_app.services.pack.fmt import TextPicker
from briefing_app.services.pack.model import Biography, PackContent
from briefing_app.services.pack.sections import person_name
from briefing_app.services.photos.model import PreparedPhoto

#: Whose biographies a pack has (``Settings.pack_biographies``, ``pack --bios``).
SCOPES = ("heads", "all", "none")
#: Width of a photo on the page, in centimetres (its height follows its shape).
PHOTO_WIDTH_CM = 3.0


def check_scope(scope: str) -> str:
    if scope not in SCOPES:
        raise UserError(f'biographies "{scope}" is not one of {", ".join(SCOPES)}')
    return scope


def chosen(participants: list[Participant], scope: str) -> list[Participant]:
    """Named participants whose biography the pack shows (``scope``: see :data:`SCOPES`),
    in the order given (of precedence), each person once; nobody who declined."""
    if check_scope(scope) == "none":
        return []
    seen: set[int] = set()
    result = []
    for p in participants:
        if p.person is None or p.person_id in seen or p.rsvp == Rsvp.DECLINED.value:
            continue
        if scope == "all" or p.role == ParticipantRole.HEAD_OF_DELEGATION.value:
            seen.add(p.person_id)
            result.append(p)
    return result


def small_photos(session: Session, participants: list[Participant]) -> dict[int, PreparedPhoto]:
    """person id -> the small copy of the photo made for the pack, of those of
    ``participants`` who have one (the same in every language: made once)."""
    from briefing_app.services.photos.store import photos_of

    photos = photos_of(session, [p.person_id for p in participants])
    if not photos:
        return {}
    from briefing_app.services.photos.image import pack_copy  # Pillow, when needed

    return {person_id: pack_copy(stored.data) for person_id, stored in photos.items()}


def biographies(
    participants: list[Participant], photos: dict[int, PreparedPhoto], pick: TextPicker
) -> list[Biography]:
    """The biographies of ``participants`` (those :func:`chosen`, in order of precedence)
    with their ``photos`` (:func:`small_photos`): those with a bio or a photo (name and
    title alone say nothing the participants table does not)."""
    entries = []
    for p in participants:
        entry = _entry(p, pick)
        small = photos.get(p.person_id)
        if small is not None:
            entry.photo = base64.b64encode(small.data).decode("ascii")
            entry.photo_format, entry.photo_sha256 = small.format, small.sha256
        if entry.text or entry.photo:  # a name and title alone: the participants table
            entries.append(entry)
    return entries


def _entry(p: Participant, pick: TextPicker) -> Biography:
    person = p.person
    return Biography(
        uid=person.uid,
        name=person_name(person, pick),
        position=_position(p, pick),
        text=pick.paragraphs(person.bio, person.bio_zh, f"people[{person.uid}].bio"),
    )


def _position(p: Participant, pick: TextPicker) -> list[str]:
    """ "Title, Organization" in the pack's language; a bilingual pack has the English
    line, then the Chinese one (two paragraphs: each is laid out, and measured for the
    contents' page numbers, in its own script's line height)."""
    if pick.language == "both":
        lines = [
            _position(p, TextPicker(language, pick.report, family_caps=pick.family_caps))
            for language in ("en", "zh")
        ]
        return list(dict.fromkeys(line for pair in lines for line in pair))
    person, org = p.person, p.organization
    title = pick.one(person.title_en, person.title_zh, f"people[{person.uid}].title")
    org_name = pick.one(org.name_en, org.name_zh, f"organizations[{org.uid}].name")
    comma = "，" if pick.language == "zh" else ", "
    line = comma.join(part for part in (title, org_name) if part)
    return [line] if line else []


def pictures(tpl, content: PackContent) -> dict[str, object]:
    """uid -> docxtpl InlineImage of each biography's photo, ``PHOTO_WIDTH_CM`` wide:
    what the template shows as ``{{ bio_photos[b.uid] }}``."""
    from docx.shared import Cm
    from docxtpl import InlineImage

    return {
        b.uid: InlineImage(tpl, io.BytesIO(base64.b64decode(b.photo)), width=Cm(PHOTO_WIDTH_CM))
        for b in content.biographies
        if b.photo
    }
