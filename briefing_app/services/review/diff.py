"""What changed between two pack versions, read from their frozen snapshots.

The comparison is about content a director reads, not about the file:
talking points added / removed / reworded (with the words that changed),
participants added / removed / RSVP or role changed, agenda items added /
removed / changed, organizations added / removed and meeting details
(title, date, venue, purpose). Generation time and version number are not
changes. Plain data in no language: a change says what kind of change it is
and carries its values (:class:`Detail`); :mod:`.diff_labels` puts it into
English or Chinese words, :mod:`.diff_render` prints it as text or HTML and
:mod:`.memo` writes it into a Word memo.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from briefing_app.domain.names import plain_name
from briefing_app.services.pack.model import PackContent

AREAS = ("meeting", "agenda", "participants", "organizations", "talking_points")
_CONTEXT = 6  # words of unchanged text kept on each side of a change
_COVER_FIELDS = ("title", "subtitle", "kind", "date", "time", "venue", "host", "briefing_for")


@dataclass(frozen=True)
class Segment:
    """A run of words in a word diff: "equal", "delete" or "insert"."""

    op: str
    text: str


@dataclass(frozen=True, order=True)
class Place:
    """Where a talking point appears: an organization's section, or (``key_messages``)
    a group of the key messages."""

    name: str
    key_messages: bool = False


@dataclass(frozen=True)
class Detail:
    """One thing said about a change, not yet in words. ``kind`` and its ``values``:

    - ``part`` (name): what was reworded: "title" or "text";
    - ``for`` / ``was_for`` / ``now_also_for`` / ``no_longer_for`` (places...);
    - ``from_to`` (old, new); ``status`` (old, new): a talking point's status;
    - ``field`` (name, old, new): "time", "speaker", "notes", "rsvp" or "role";
    - ``values`` (value...): e.g. a new participant's role and RSVP;
    - ``was`` (name, title): who held a seat before.
    """

    kind: str
    values: tuple = ()


@dataclass
class Change:
    """One change. ``subject`` is the name as the snapshot has it (talking point,
    agenda item, organization, participant; "" for a seat still to be named,
    with ``organization`` set) or, in the "meeting" area, the key of the cover field
    ("venue", "briefing_for", "marking", "purpose"...)."""

    area: str
    kind: str  # added / removed / reworded / changed / rsvp / role / status / moved
    subject: str
    ref: str = ""
    details: list[Detail] = field(default_factory=list)
    words: list[Segment] = field(default_factory=list)
    organization: str = ""  # participants only


@dataclass
class Comparison:
    old_number: int
    new_number: int
    changes: list[Change] = field(default_factory=list)
    #: Who changed what between the two versions (services.history.HistoryEntry).
    edits: list = field(default_factory=list)

    def by_area(self) -> list[tuple[str, list[Change]]]:
        """Changes grouped by area, in a fixed reading order; empty areas left out."""
        groups = [(a, [c for c in self.changes if c.area == a]) for a in AREAS]
        return [(a, cs) for a, cs in groups if cs]


# --- word diff -------------------------------------------------------------------


# Chinese and Japanese characters are compared one by one (they have no spaces
# between words); other text word by word. A token keeps the space after it, so
# shown text keeps its spacing; tokens are compared without it.
_CJK = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_TOKEN = re.compile(f"(?:[{_CJK}]|[^\\s{_CJK}]+)\\s*")
_IS_CJK = re.compile(f"[{_CJK}]")


def _join(tokens: list[str]) -> str:
    return re.sub(r"\s+", " ", "".join(tokens)).strip()


def gap(before: str, after: str) -> str:
    """What goes between two shown pieces of a word diff: a space between words,
    nothing next to a Chinese character."""
    return "" if _IS_CJK.match(before[-1:]) or _IS_CJK.match(after[:1]) else " "


def word_diff(old: str, new: str) -> list[Segment]:
    """Word-level difference of two texts (character-level for Chinese); long unchanged
    runs are shortened with "…"."""
    a, b = _TOKEN.findall(old.strip()), _TOKEN.findall(new.strip())
    segments: list[tuple[str, list[str]]] = []
    matcher = difflib.SequenceMatcher(
        a=[t.rstrip() for t in a], b=[t.rstrip() for t in b], autojunk=False
    )
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            segments.append(("equal", a[i1:i2]))
            continue
        if op in ("delete", "replace"):
            segments.append(("delete", a[i1:i2]))
        if op in ("insert", "replace"):
            segments.append(("insert", b[j1:j2]))
    return _shorten(segments)


def _shorten(segments: list[tuple[str, list[str]]]) -> list[Segment]:
    out = []
    for index, (op, tokens) in enumerate(segments):
        if op != "equal" or len(tokens) <= 2 * _CONTEXT:
            out.append(Segment(op, _join(tokens)))
            continue
        first, last = index == 0, index == len(segments) - 1
        head = "" if first else _join(tokens[:_CONTEXT])
        tail = "" if last else _join(tokens[-_CONTEXT:])
        out.append(Segment("equal", " ".join(part for part in (head, "…", tail) if part)))
    return out


# --- areas -------------------------------------------------------------------------


def _talking_points(content: PackContent) -> dict[str, tuple[object, list[Place]]]:
    """uid -> (entry, where it appears: organization sections / key-message groups)."""
    found: dict[str, tuple[object, list[Place]]] = {}
    for org in content.organizations:
        for tp in org.talking_points:
            found.setdefault(tp.uid, (tp, []))[1].append(Place(org.name))
    for group in content.key_messages:
        for tp in group.talking_points:
            found.setdefault(tp.uid, (tp, []))[1].append(Place(group.title, key_messages=True))
    return found


def _tp_text(tp) -> str:
    return "\n".join(tp.text)


def _compare_talking_points(old: PackContent, new: PackContent) -> list[Change]:
    before, after = _talking_points(old), _talking_points(new)
    changes = []
    for uid, (tp, places) in after.items():
        if uid not in before:
            details = [Detail("for", tuple(places))]
            changes.append(Change("talking_points", "added", tp.title, uid, details))
            continue
        old_tp, old_places = before[uid]
        changes += _tp_changes(old_tp, tp, old_places, places)
    for uid, (tp, places) in before.items():
        if uid not in after:
            details = [Detail("was_for", tuple(places))]
            changes.append(Change("talking_points", "removed", tp.title, uid, details))
    return changes


def _tp_changes(old_tp, tp, old_places: list[Place], places: list[Place]) -> list[Change]:
    changes = []
    for part, old_text, new_text in (
        ("title", old_tp.title, tp.title),
        ("text", _tp_text(old_tp), _tp_text(tp)),
    ):
        if old_text != new_text:
            words = word_diff(old_text, new_text)
            details = [Detail("part", (part,))]
            changes.append(Change("talking_points", "reworded", tp.title, tp.uid, details, words))
    if old_tp.status != tp.status:
        details = [Detail("status", (old_tp.status, tp.status))]
        changes.append(Change("talking_points", "status", tp.title, tp.uid, details))
    if sorted(old_places) != sorted(places):
        gained = tuple(p for p in places if p not in old_places)
        lost = tuple(p for p in old_places if p not in places)
        details = [Detail("now_also_for", gained)] if gained else []
        details += [Detail("no_longer_for", lost)] if lost else []
        changes.append(Change("talking_points", "moved", tp.title, tp.uid, details))
    return changes


def _participant(kind: str, row, details: list[Detail] | None = None) -> Change:
    """A participant change; a row without a name is a seat of its organization."""
    return Change("participants", kind, row.name, row.uid, details or [],
                  organization=row.organization)  # fmt: skip


def _values(*values: str) -> list[Detail]:
    """A ``values`` detail of the non-empty ``values``, or none when all are empty."""
    kept = tuple(v for v in values if v)
    return [Detail("values", kept)] if kept else []


def _compare_participants(old: PackContent, new: PackContent) -> list[Change]:
    before = {p.uid: p for p in old.participants}
    after = {p.uid: p for p in new.participants}
    changes = []
    for uid, row in after.items():
        prev = before.get(uid)
        if prev is None:
            changes.append(_participant("added", row, _values(row.role, row.rsvp)))
            continue
        for name in ("rsvp", "role"):
            if getattr(prev, name) != getattr(row, name):
                detail = Detail("field", (name, getattr(prev, name), getattr(row, name)))
                changes.append(_participant(name, row, [detail]))
        if (prev.name, prev.title) != (row.name, row.title) and prev.name:
            was = tuple(v for v in (prev.name, prev.title) if v)
            changes.append(_participant("changed", row, [Detail("was", was)]))
    for uid, row in before.items():
        if uid not in after:
            changes.append(_participant("removed", row))
    return changes


def _compare_agenda(old: PackContent, new: PackContent) -> list[Change]:
    """Agenda rows have no identity: they are matched by their item text."""
    before = {row.item: row for row in old.agenda}
    after = {row.item: row for row in new.agenda}
    changes = []
    for item, row in after.items():
        prev = before.get(item)
        if prev is None:
            changes.append(Change("agenda", "added", item, "", _values(row.time, row.speaker)))
            continue
        diffs = [
            Detail("field", (name, getattr(prev, name), getattr(row, name)))
            for name in ("time", "speaker", "notes")
            if getattr(prev, name) != getattr(row, name)
        ]
        if diffs:
            changes.append(Change("agenda", "changed", item, "", diffs))
    for item, row in before.items():
        if item not in after:
            changes.append(Change("agenda", "removed", item, "", _values(row.time, row.speaker)))
    return changes


def _compare_organizations(old: PackContent, new: PackContent) -> list[Change]:
    before = {o.uid: o.name for o in old.organizations}
    after = {o.uid: o.name for o in new.organizations}
    added = [Change("organizations", "added", n, u) for u, n in after.items() if u not in before]
    removed = [
        Change("organizations", "removed", n, u) for u, n in before.items() if u not in after
    ]
    return added + removed


def _compare_meeting(old: PackContent, new: PackContent) -> list[Change]:
    pairs = [(name, getattr(old.cover, name), getattr(new.cover, name)) for name in _COVER_FIELDS]
    pairs.append(("marking", old.marking, new.marking))
    changes = [
        Change("meeting", "changed", name, "", [Detail("from_to", (a, b))])
        for name, a, b in pairs
        if a != b
    ]
    if old.purpose != new.purpose:
        words = word_diff("\n".join(old.purpose), "\n".join(new.purpose))
        changes.append(Change("meeting", "reworded", "purpose", "", [], words))
    return changes


def _plain_names(snapshot: dict) -> PackContent:
    """The snapshot's content with people's names in plain spaces: the no-break joins
    that hold an honorific to a name (domain/names.py) are layout, not a change, and
    so is a bilingual table cell's second line ("Ms. WANG Fang" / "王芳" reads as
    "Ms. WANG Fang (王芳)", as packs made before wrote it)."""
    content = PackContent.from_dict(snapshot)
    rows = [*content.participants, *(r for o in content.organizations for r in o.representatives)]
    for row in rows:
        latin, _, other = plain_name(row.name).partition("\n")
        row.name = f"{latin} ({other})" if other else latin
    content.cover.briefing_for = plain_name(content.cover.briefing_for)
    return content


def compare(old: dict | PackContent, new: dict | PackContent, old_number=0, new_number=0):
    """The :class:`Comparison` of two snapshots (dicts as stored, or PackContent)."""
    a = _plain_names(old if isinstance(old, dict) else old.to_dict())
    b = _plain_names(new if isinstance(new, dict) else new.to_dict())
    comparison = Comparison(old_number or a.pack_version, new_number or b.pack_version)
    for area in (
        _compare_meeting,
        _compare_agenda,
        _compare_participants,
        _compare_organizations,
        _compare_talking_points,
    ):
        comparison.changes += area(a, b)
    return comparison


# --- versions ---------------------------------------------------------------------


def default_pair(numbers: list[int], approved: list[int]) -> tuple[int, int]:
    """Which versions to compare by default: the last approved one and the newest;
    without an approved version older than the newest, the two newest."""
    newest = max(numbers)
    older_approved = [n for n in approved if n < newest]
    if older_approved:
        return max(older_approved), newest
    earlier = [n for n in numbers if n < newest]
    return max(earlier), newest


def compare_versions(session, meeting_ref, v1=None, v2=None) -> Comparison:
    """Compare two pack versions of a meeting (numbers; default: :func:`default_pair`)."""
    from briefing_app.domain.enums import Delivery, ReviewStatus
    from briefing_app.errors import UserError
    from briefing_app.services.meetings import find_meeting
    from briefing_app.services.review.versions import find_version

    meeting = find_meeting(session, meeting_ref)
    if (v1 is None) != (v2 is None):
        raise UserError("give two version numbers to compare, or none for the default pair")
    if v1 is None:  # an interrupted (never delivered) version is nobody's default
        versions = [v for v in meeting.pack_versions if v.delivery == Delivery.DELIVERED]
        if len(versions) < 2:
            raise UserError(
                f'meeting "{meeting.title}" has {len(versions)} pack version(s); '
                "generate another pack to compare"
            )
        approved = [v.number for v in versions if v.review_status == ReviewStatus.APPROVED]
        v1, v2 = default_pair([v.number for v in versions], approved)
    from briefing_app.services.history import between_versions

    old = find_version(session, meeting.id, v1)
    new = find_version(session, meeting.id, v2)
    comparison = compare(old.snapshot, new.snapshot, old.number, new.number)
    if old.number < new.number:
        comparison.edits = between_versions(session, meeting.id, old, new)
    return comparison
