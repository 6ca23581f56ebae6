"""The content of a briefing pack as plain, JSON-serialisable dataclasses.

A :class:`PackContent` holds everything the document shows, already in the
pack's language, cleaned and in order of precedence. It is what the GUI
preview draws, what a pack version freezes as its snapshot (``to_dict()``)
and what :func:`briefing_app.services.pack.render.render_pack` turns into a
Word document without touching the database (``from_dict()`` restores it).
"""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass, field
from functools import cache
from typing import Any, TypeVar

#: Bumped when the shape of the snapshot changes incompatibly.
SCHEMA_VERSION = 1

T = TypeVar("T")


class _Plain:
    """Mixin: ``to_dict()`` / ``from_dict()`` for nested dataclasses of str/int/bool/lists."""

    def to_dict(self) -> dict[str, Any]:
        """Plain dicts, lists and scalars (a fast ``dataclasses.asdict``)."""
        out = {}
        for name in _names(type(self)):
            value = getattr(self, name)
            out[name] = value if value.__class__ in _SCALARS else _plain(value)
        return out

    @classmethod
    def field_names(cls) -> tuple[str, ...]:
        return _names(cls)

    @classmethod
    def from_dict(cls: type[T], data: dict[str, Any]) -> T:
        return _build(cls, data)


@cache
def _names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


#: Values ``to_dict`` keeps as they are without looking further (most of a pack's).
_SCALARS = frozenset({str, int, bool, float, type(None)})


def _plain(value: Any) -> Any:
    if isinstance(value, _Plain):
        return value.to_dict()
    if isinstance(value, list):
        return [v if v.__class__ in _SCALARS else _plain(v) for v in value]
    return value


def shallow_dict(part: Any) -> dict[str, Any]:
    """A part of a content as its ``to_dict()`` keys, nested parts left as they are: a
    JSON encoder's ``default`` (it writes the same text as for ``to_dict()``)."""
    if not isinstance(part, _Plain):
        raise TypeError(f"{part.__class__.__name__} is not part of a pack's content")
    return {name: getattr(part, name) for name in _names(type(part))}


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _convert(kind: Any, value: Any) -> Any:
    """``value`` (from JSON) as an instance of the annotated ``kind``."""
    origin = typing.get_origin(kind)
    if origin is list:
        (item,) = typing.get_args(kind)
        return [_convert(item, v) for v in value or []]
    if origin in (typing.Union, types.UnionType):
        if value is None:
            return None
        kind = next(a for a in typing.get_args(kind) if a is not type(None))
        return _convert(kind, value)
    if dataclasses.is_dataclass(kind):
        return _build(kind, value)
    return value


def _build(cls: type[T], data: dict[str, Any]) -> T:
    """Instance of dataclass ``cls`` from a dict; unknown keys are ignored, missing ones default."""
    hints = _hints(cls)
    values = {k: _convert(hints[k], v) for k, v in (data or {}).items() if k in hints}
    return cls(**values)


@dataclass
class Cover(_Plain):
    """The cover page: what, when, where, for whom, how sensitive, which version."""

    title: str = ""
    subtitle: str = ""
    kind: str = ""
    date: str = ""
    time: str = ""
    venue: str = ""
    host: str = ""
    briefing_for: str = ""
    version: str = ""
    generated: str = ""
    prepared_by: str = ""
    #: The document reference: office prefix / meeting uid / version ("WOC/ROUNDTABLE-2022/v3").
    reference: str = ""
    #: Who cleared (approved) this version and when; "" until a director approves it.
    cleared_by: str = ""


@dataclass
class AgendaRow(_Plain):
    time: str = ""
    item: str = ""
    speaker: str = ""
    notes: str = ""


@dataclass
class Lead(_Plain):
    """Who leads one delegation, for the "At a glance" page."""

    organization: str = ""
    name: str = ""
    title: str = ""


@dataclass
class GlanceMessage(_Plain):
    title: str = ""
    draft: bool = False


@dataclass
class Glance(_Plain):
    """The "At a glance" page: when and where, purpose, leads, top messages, decisions."""

    when: str = ""
    where: str = ""
    #: The main purpose in a line or two ("both": English, then Chinese).
    purpose: list[str] = field(default_factory=list)
    leads: list[Lead] = field(default_factory=list)
    messages: list[GlanceMessage] = field(default_factory=list)
    decisions: list[str] = field(default_factory=list)


@dataclass
class ParticipantRow(_Plain):
    """One line of the participants table (a person, or a seat still to be named)."""

    uid: str = ""
    #: Its place in the order of precedence (1, 2, ...), numbered across delegations.
    number: int = 0
    organization: str = ""
    organization_uid: str = ""
    #: The name in Latin letters as the pack's language writes it ("Ms. LIU Hua").
    name: str = ""
    #: The name in the person's own script ("刘华"), shown beside it in every language;
    #: held on one line (word joiners); "" when the database has none.
    native_name: str = ""
    title: str = ""
    role: str = ""
    rsvp: str = ""


@dataclass
class Delegation(_Plain):
    """One organization's people at the meeting, in order of precedence: a group of
    the participants table (the organization is its shaded heading row)."""

    uid: str = ""
    organization: str = ""
    people: list[ParticipantRow] = field(default_factory=list)


def group_by_delegation(rows: list[ParticipantRow]) -> list[Delegation]:
    """Consecutive rows of one organization as one :class:`Delegation` (the rows come
    in order of precedence, each delegation together). Snapshots made before rows knew
    their organization's uid are grouped by the organization's name."""
    groups: list[Delegation] = []
    for row in rows:
        key = row.organization_uid or row.organization
        if not groups or (groups[-1].uid or groups[-1].organization) != key:
            groups.append(Delegation(row.organization_uid, row.organization))
        groups[-1].people.append(row)
    return groups


@dataclass
class TalkingPointEntry(_Plain):
    uid: str = ""
    title: str = ""
    text: list[str] = field(default_factory=list)
    status: str = ""
    draft: bool = False
    priorities: list[str] = field(default_factory=list)


@dataclass
class EngagementEntry(_Plain):
    uid: str = ""
    date: str = ""
    kind: str = ""
    summary: list[str] = field(default_factory=list)
    follow_ups: str = ""


@dataclass
class Representative(_Plain):
    uid: str = ""
    name: str = ""
    title: str = ""
    role: str = ""
    rsvp: str = ""


@dataclass
class OrganizationSection(_Plain):
    """One participating organization: profile, history, delegation, talking points."""

    uid: str = ""
    name: str = ""
    other_names: str = ""
    #: The name in the organization's own language and script, and its language tag.
    native_name: str = ""
    native_lang: str = ""
    kind: str = ""
    mandate: list[str] = field(default_factory=list)
    relevance: list[str] = field(default_factory=list)
    engagements: list[EngagementEntry] = field(default_factory=list)
    representatives: list[Representative] = field(default_factory=list)
    talking_points: list[TalkingPointEntry] = field(default_factory=list)


@dataclass
class Biography(_Plain):
    """A participant's biography, with their photo (a small copy made for the pack)."""

    uid: str = ""
    name: str = ""
    #: "Title, Organization" in the pack's language (bilingual: English, then Chinese).
    position: list[str] = field(default_factory=list)
    text: list[str] = field(default_factory=list)
    #: The photo as base64 ("" = none), "jpeg" or "png", and its sha256.
    photo: str = ""
    photo_format: str = ""
    photo_sha256: str = ""


@dataclass
class MessageGroup(_Plain):
    """General talking points under the priority they serve (uid "" = no priority)."""

    uid: str = ""
    title: str = ""
    talking_points: list[TalkingPointEntry] = field(default_factory=list)


@dataclass
class AnnexEntry(_Plain):
    """Background on one priority the pack's talking points serve."""

    uid: str = ""
    title: str = ""
    source: str = ""
    text: list[str] = field(default_factory=list)


@dataclass
class ChartSeat(_Plain):
    """One chair of the seating chart page (services/seating/view.SeatRow's fields)."""

    position: int = 0
    x: float = 0.0
    y: float = 0.0
    angle: float = 0.0
    at_table: bool = True
    behind: int | None = None
    name: str = ""
    organization: str = ""
    role: str = ""


@dataclass
class ChartTable(_Plain):
    kind: str = "rect"
    x: float = 0.0
    y: float = 0.0
    w: float = 0.0
    h: float = 0.0


@dataclass
class SeatingChart(_Plain):
    """The meeting's seating plan, drawn on a page of its own (pack/seating_page.py)."""

    shape: str = ""
    seat_count: int = 0
    door: str = ""
    screen: str = ""
    seats: list[ChartSeat] = field(default_factory=list)
    tables: list[ChartTable] = field(default_factory=list)
    unseated: list[str] = field(default_factory=list)


@dataclass
class PackContent(_Plain):
    """Everything a briefing pack shows, in order; sections that are empty are left out."""

    schema: int = SCHEMA_VERSION
    meeting_id: int = 0
    meeting_uid: str = ""
    language: str = "en"
    include_drafts: bool = False
    generated_at: str = ""
    #: The office's name for the letterhead: in a bilingual pack the English and the
    #: Chinese on two lines (one line would break inside the Chinese name).
    office: str = ""
    marking: str = ""
    pack_version: int = 1
    #: The pack version's token, written into the document's custom properties ("" for none).
    version_token: str = ""
    #: Not an approved version: cover and header say DRAFT (review sets False on approval).
    draft: bool = True
    #: "Approved by <reviewer> on <date>" on an approved version's cover, else "".
    approval: str = ""
    cover: Cover = field(default_factory=Cover)
    glance: Glance = field(default_factory=Glance)
    purpose: list[str] = field(default_factory=list)
    agenda: list[AgendaRow] = field(default_factory=list)
    participants: list[ParticipantRow] = field(default_factory=list)
    organizations: list[OrganizationSection] = field(default_factory=list)
    #: Biographies with photos; whose: "heads" (of delegation) or "all" (services/pack/
    #: biographies.py); empty for "none".
    biographies: list[Biography] = field(default_factory=list)
    biographies_of: str = ""
    key_messages: list[MessageGroup] = field(default_factory=list)
    annex: list[AnnexEntry] = field(default_factory=list)
    #: The seating chart (the last page), when the meeting has a seating plan.
    seating: SeatingChart | None = None
    #: What text cleaning removed ("organizations[MOFCOM].mandate: removed 1 character...").
    cleaned: list[str] = field(default_factory=list)

    def delegations(self) -> list[Delegation]:
        """The participants grouped by delegation, for the participants table."""
        return group_by_delegation(self.participants)

    def office_line(self) -> str:
        """The office's name on one line ("English / 中文"): "Prepared by", the author."""
        return self.office.replace("\n", " / ")

    def set_version(self, number: int) -> None:
        """Show version ``number``: the version field, the cover's version and the
        number at the end of the document reference ("WOC/ROUNDTABLE-2022/v3")."""
        self.pack_version = number
        self.cover.version = str(number)
        base, sep, _old = self.cover.reference.rpartition("/v")
        if sep:
            self.cover.reference = f"{base}/v{number}"

    def talking_point_uids(self) -> list[str]:
        """Every talking point in the pack, in document order (may repeat across sections)."""
        uids = [tp.uid for org in self.organizations for tp in org.talking_points]
        return uids + [tp.uid for group in self.key_messages for tp in group.talking_points]


#: Names a template sees besides PackContent's fields, computed from them when the pack
#: is rendered (not stored in snapshots): name -> type (for the template check).
DERIVED_FIELDS: dict[str, Any] = {"delegations": list[Delegation]}


def derived_context(content: PackContent) -> dict[str, Any]:
    """The values of :data:`DERIVED_FIELDS` for ``content``."""
    return {"delegations": content.delegations()}
