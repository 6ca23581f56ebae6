"""Reading a meeting from the database into a :class:`PackContent`.

Everything the document shows is decided here: which talking points appear
(approved ones; drafts only on request, marked), the order of precedence
(only through :mod:`briefing_app.services.meetings`), names by protocol rules
(:mod:`briefing_app.domain.names`), the language of data and labels, and text
cleaned of characters Word cannot store. The result is plain data, so a
renderer, the GUI preview and pack-version snapshots never need the database.
"""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from briefing_app.db.models import Meeting, PackVersion, Participant, Person
from briefing_app.domain.names import own_script_name
from briefing_app.domain.timezones import UnknownTimeZoneError
from briefing_app.domain.vocabulary import marking_pair, meeting_kind_pair
from briefing_app.errors import UserError
from briefing_app.services.pack import biographies, sections
from briefing_app.services.pack.fmt import (
    TextPicker,
    format_date,
    format_generated,
    format_slot,
    format_time_range,
    place_line,
)
from briefing_app.services.pack.glance import at_a_glance
from briefing_app.services.pack.labels import LANGUAGES, labels, pick_pair, term
from briefing_app.services.pack.model import (
    AgendaRow,
    Cover,
    PackContent,
    ParticipantRow,
)
from briefing_app.services.pack.rows import (
    MeetingRows,
    office_name_zh,
    read_rows,
    served_priorities,
)
from briefing_app.services.pack.sections import person_name
from briefing_app.settings import Settings

__all__ = ["PackContent", "PackReader", "build_pack_content"]

#: ``own_script_name``, remembered (the same names in the pack's language and in "both").
_own_script = lru_cache(maxsize=16384)(own_script_name)


def build_pack_content(
    session: Session,
    meeting_id: int | str,
    language: str = "en",
    include_drafts: bool = False,
    *,
    pack_version: int | None = None,
    settings: Settings | None = None,
    now: datetime | None = None,
    bios: str | None = None,
) -> PackContent:
    """Everything the pack for ``meeting_id`` (an id or unique title part) shows.

    ``pack_version`` defaults to the number a pack of this content would be recorded
    as: the newest version's if it holds the same content, else the next free one;
    ``bios``: whose biographies ("heads", "all", "none"; default: the setting).
    """
    check_language(language)
    reader = PackReader(session, meeting_id, include_drafts, settings=settings, now=now, bios=bios)
    return reader.content(language, pack_version)


def check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise UserError(f'pack language "{language}" is not one of {", ".join(LANGUAGES)}')


class PackReader:
    """A meeting's rows read once (``rows.read_rows``) and its pack's content built from
    them in any language: the pack's own, and "both" for its identity (the content
    hash, ``review/identity.py``) without reading the meeting twice."""

    def __init__(
        self,
        session: Session,
        meeting_ref: int | str,
        include_drafts: bool = False,
        *,
        settings: Settings | None = None,
        now: datetime | None = None,
        bios: str | None = None,
    ) -> None:
        self.session = session
        self.settings = settings or Settings.load()
        self.bios = bios
        scope = biographies.check_scope(bios or self.settings.pack_biographies)
        self.rows = read_rows(session, meeting_ref, include_drafts, scope)
        self.rows.office_zh = office_name_zh(session, self.settings)
        self.now = now or datetime.now().astimezone().replace(tzinfo=None)
        #: The content hash, once known, and the content in "both" it was made of
        #: (until :meth:`content` hands it over).
        self._hash: str | None = None
        self._both: PackContent | None = None

    @property
    def meeting_id(self) -> int:
        return self.rows.meeting.id

    def content(self, language: str, pack_version: int | None = None) -> PackContent:
        """The content in ``language``, showing version ``pack_version`` (default: the
        number a pack of it would be recorded as, see :func:`build_pack_content`).
        The content in "both" built for :meth:`identity` is handed over, not rebuilt."""
        check_language(language)
        if language == "both" and self._both is not None:
            content, self._both = self._both, None
        else:
            content = _build(self.rows, language, self.settings, self.now)
        if language == "both" and self._hash is None:
            self._hash = _content_hash(content)
        content.set_version(pack_version or self._number_it_would_get())
        return content

    def identity(self) -> str:
        """The content hash of the meeting's pack (``review/identity.py``)."""
        if self._hash is None:
            self._both = _build(self.rows, "both", self.settings, self.now)
            self._hash = _content_hash(self._both)
        return self._hash

    def _number_it_would_get(self) -> int:
        """The number a pack of this content would be recorded as: the newest version's
        when it holds the same content, else the next free one."""
        newest = self.session.execute(
            select(PackVersion.number, PackVersion.content_hash, PackVersion.delivery)
            .where(PackVersion.meeting_id == self.meeting_id)
            .order_by(PackVersion.number.desc())
            .limit(1)
        ).first()
        if newest is None:
            return 1
        number, stored, delivery = newest
        if not stored or delivery != "delivered":
            return number + 1
        return number if self.identity() == stored else number + 1


def _content_hash(content: PackContent) -> str:
    from briefing_app.services.review.identity import content_hash

    return content_hash(content)


def _build(rows: MeetingRows, language: str, settings: Settings, now: datetime) -> PackContent:
    """The content of ``rows`` in ``language``, numbered 0 (the caller numbers it)."""
    meeting = rows.meeting
    pick = TextPicker(language, family_caps=settings.family_name_capitals)
    content = PackContent(
        meeting_id=meeting.id,
        meeting_uid=meeting.uid,
        language=language,
        include_drafts=rows.include_drafts,
        generated_at=now.isoformat(timespec="seconds"),
        office=pick.one(settings.office_name, rows.office_zh, "settings.office_name", "\n"),
        marking=pick.one(*marking_texts(meeting, settings), "classification"),
        pack_version=0,
    )
    content.cover = _cover(meeting, content, pick, now)
    content.cover.reference = document_reference(
        settings.resolved_reference_prefix(), meeting.uid, content.pack_version
    )
    content.purpose = pick.paragraphs(meeting.objectives, meeting.objectives_zh, "objectives")
    content.agenda = [_agenda_row(item, pick) for item in meeting.agenda]
    participants = rows.participants
    content.participants = [_participant_row(i, p, pick) for i, p in enumerate(participants, 1)]
    seats, aimed = rows.seats_by_organization(), rows.points_by_organization()
    content.organizations = [
        sections.organization_section(
            org, seats.get(org.id, []), aimed.get(org.id, []), rows.served, pick, rows.kinds
        )
        for org in rows.organizations
    ]
    content.biographies = biographies.biographies(rows.bio_participants, rows.photos, pick)
    content.biographies_of = rows.bios_scope if content.biographies else ""
    content.key_messages = sections.key_messages(rows.chosen, rows.served, pick)
    content.annex = sections.annex(served_priorities(rows.chosen, rows.served), pick)
    content.seating = rows.seating
    content.glance = at_a_glance(meeting, content.cover, participants, content.key_messages, pick)
    content.cleaned = pick.report.lines()
    return content


def document_reference(prefix: str, meeting_uid: str, version: int) -> str:
    """The pack's reference on its cover: "WOC/ROUNDTABLE-2022/v3"."""
    return f"{prefix}/{meeting_uid}/v{version}"


def _kind(kind: str | None, pick: TextPicker) -> str:
    """The meeting's kind in the pack's language when it is one the app lists
    (``domain/vocabulary.MEETING_KIND_WORDS``), else as typed."""
    pair = meeting_kind_pair(kind or "")
    if pair is None:
        return pick.clean(kind, "meeting.kind")
    return pick_pair(*pair, pick.language)


def _cover(meeting: Meeting, content: PackContent, pick: TextPicker, now: datetime) -> Cover:
    language = pick.language
    host = meeting.host
    cover = Cover(
        title=pick.clean(meeting.title, "meeting.title"),
        subtitle=pick.clean(meeting.title_zh, "meeting.title_zh"),
        kind=_kind(meeting.kind, pick),
        venue=_venue(meeting, pick),
        host=pick.one(host.name_en, host.name_zh, "host") if host else "",
        briefing_for=_person_line(meeting.chair, pick) if meeting.chair else "",
        version=str(content.pack_version),
        generated=format_generated(now, language),
        prepared_by=content.office_line(),
    )
    if language == "zh" and cover.subtitle:
        cover.title, cover.subtitle = cover.subtitle, cover.title
    if meeting.starts_at is not None:
        cover.date = format_date(meeting.starts_at.date(), language)
        try:
            cover.time = format_time_range(
                meeting.starts_at, meeting.ends_at, meeting.timezone, language
            )
        except UnknownTimeZoneError as exc:
            raise UserError(
                f'meeting "{meeting.title}", timezone: {exc}; correct it in the meeting\'s details'
            ) from None
    return cover


def marking_texts(meeting: Meeting, settings: Settings) -> tuple[str, str]:
    """(English, Chinese) classification marking: each the meeting's own when it has
    one, else the settings' default; a Chinese form left empty is the listed one of the
    English marking ("仅供公务使用"), else "" (the English is printed)."""
    if meeting.classification:
        en, zh = marking_pair(meeting.classification, meeting.classification_zh or "")
    else:
        en, zh = marking_pair(settings.classification, settings.classification_zh)
    return en, meeting.classification_zh or zh


def _venue(meeting: Meeting, pick: TextPicker) -> str:
    """Venue and city in the pack's language (``fmt.place_line``)."""
    venue = (pick.clean(meeting.venue, "venue"), pick.clean(meeting.venue_zh, "venue_zh"))
    city = (pick.clean(meeting.city, "city"), pick.clean(meeting.city_zh, "city_zh"))
    return place_line(venue, city, pick.language)


def _person_line(person: Person, pick: TextPicker) -> str:
    """'Ms. LIU Hua, Director, WIPO Office in China' for the cover."""
    title = pick.one(person.title_en, person.title_zh, f"people[{person.uid}].title")
    comma = "，" if pick.language == "zh" else ", "
    return comma.join(part for part in (person_name(person, pick), title) if part)


def _agenda_row(item, pick: TextPicker) -> AgendaRow:
    where = f"agenda[{item.position}]"
    return AgendaRow(
        time=format_slot(item.start_time, item.duration_minutes),
        item=pick.one(item.title, item.title_zh, where + ".title", joiner="\n"),
        speaker=_speaker(item, pick, where),
        notes=pick.one(item.notes, item.notes_zh, where + ".notes", joiner="\n"),
    )


def _speaker(item, pick: TextPicker, where: str) -> str:
    """The linked person's current name and title in the pack's language, else the
    free text."""
    if item.speaker_person is not None and pick.language == "both":
        # A table cell: the English line, then the Chinese one (as the item and notes),
        # rather than one line that wraps in the middle of a Chinese title.
        quiet = [TextPicker(language, pick.report, family_caps=pick.family_caps)
                 for language in ("en", "zh")]  # fmt: skip
        return "\n".join(_person_line(item.speaker_person, p) for p in quiet)
    if item.speaker_person is not None:
        return _person_line(item.speaker_person, pick)
    return pick.one(item.speaker, item.speaker_zh, where + ".speaker", joiner="\n")


def _participant_row(number: int, p: Participant, pick: TextPicker) -> ParticipantRow:
    """A line of the participants table: the Latin name and the name in the person's
    own script side by side in every language (the organization heads its group)."""
    org = p.organization
    person = p.person
    where = f"people[{person.uid}]" if person else f"participants[{p.uid}]"
    return ParticipantRow(
        uid=p.uid,
        number=number,
        organization=pick.one(org.name_en, org.name_zh, f"organizations[{org.uid}].name"),
        organization_uid=org.uid,
        name=person_name(person, pick, latin=True) if person else _to_be_named(pick),
        native_name=_own_script_name(person, pick) if person else "",
        title=pick.one(person.title_en, person.title_zh, where + ".title", "\n") if person else "",
        role=term(p.role, pick.language, "\n"),
        rsvp=term(p.rsvp, pick.language, "\n"),
    )


def _to_be_named(pick: TextPicker) -> str:
    return labels(pick.language)["to_be_named"].replace(" / ", "\n")


def _own_script_name(person: Person, pick: TextPicker) -> str:
    where = f"people[{person.uid}]"
    return _own_script(
        pick.clean(person.native_name, where + ".native_name"),
        pick.clean(person.name_zh, where + ".name_zh"),
        pick.clean(person.honorific, where + ".honorific"),
        pick.language,
    )
