"""What changed between two pack versions, read from their frozen snapshots.

The comparison is about content a director reads, not about the file:
talking points added / removed / reworded (with the words that changed),
participants added / removed / RSVP or role changed, agenda items added /
removed / changed, organizations added / removed and meeting details
(title, date, venue, purpose). Generation time and version number are not
changes. Plain data, so the CLI prints it, the GUI shows it and the memo
writes it.
"""

from __future__ import annotations

import difflib
import html
from dataclasses import dataclass, field

from briefing_app.services.pack.model import PackContent

AREAS = ("meeting", "agenda", "participants", "organizations", "talking_points")
AREA_TITLES = {
    "meeting": "Meeting details",
    "agenda": "Agenda",
    "participants": "Participants",
    "organizations": "Organizations",
    "talking_points": "Talking points",
}
_CONTEXT = 6  # words of unchanged text kept on each side of a change
_COVER_FIELDS = ("title", "subtitle", "kind", "date", "time", "venue", "host", "briefing_for")


@dataclass(frozen=True)
class Segment:
    """A run of words in a word diff: "equal", "delete" or "insert"."""

    op: str
    text: str


@dataclass
class Change:
    area: str
    kind: str  # added / removed / reworded / changed / rsvp / role / status / moved
    subject: str
    ref: str = ""
    detail: str = ""
    words: list[Segment] = field(default_factory=list)


@dataclass
class Comparison:
    old_number: int
    new_number: int
    changes: list[Change] = field(default_factory=list)

    def by_area(self) -> list[tuple[str, list[Change]]]:
        """Changes grouped by area, in a fixed reading order; empty areas left out."""
        groups = [(a, [c for c in self.changes if c.area == a]) for a in AREAS]
        return [(a, cs) for a, cs in groups if cs]


# --- word diff -------------------------------------------------------------------


def word_diff(old: str, new: str) -> list[Segment]:
    """Word-level difference of two texts; long unchanged runs are shortened with "…"."""
    a, b = old.split(), new.split()
    segments: list[Segment] = []
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            segments.append(Segment("equal", " ".join(a[i1:i2])))
            continue
        if op in ("delete", "replace"):
            segments.append(Segment("delete", " ".join(a[i1:i2])))
        if op in ("insert", "replace"):
            segments.append(Segment("insert", " ".join(b[j1:j2])))
    return _shorten(segments)


def _shorten(segments: list[Segment]) -> list[Segment]:
    out = []
    for index, seg in enumerate(segments):
        words = seg.text.split()
        if seg.op != "equal" or len(words) <= 2 * _CONTEXT:
            out.append(seg)
            continue
        first, last = index == 0, index == len(segments) - 1
        head = [] if first else words[:_CONTEXT]
        tail = [] if last else words[-_CONTEXT:]
        out.append(Segment("equal", " ".join([*head, "…", *tail])))
    return out


def words_text(segments: list[Segment]) -> str:
    """``…kept [-removed-] {+added+} kept…`` (the notation of ``git diff --word-diff``)."""
    marks = {"equal": "{}", "delete": "[-{}-]", "insert": "{{+{}+}}"}
    return " ".join(marks[s.op].format(s.text) for s in segments if s.text)


def words_html(segments: list[Segment]) -> str:
    """The word diff as HTML: removed words struck through, added ones underlined."""
    tags = {
        "equal": "{}",
        "delete": '<span style="color:#a50021; background:#fbe9eb; '
        'text-decoration:line-through">{}</span>',
        "insert": '<span style="color:#1f6f2e; background:#e6f4ea; '
        'text-decoration:underline">{}</span>',
    }
    return " ".join(tags[s.op].format(html.escape(s.text)) for s in segments if s.text)


# --- areas -------------------------------------------------------------------------


def _talking_points(content: PackContent) -> dict[str, tuple[object, list[str]]]:
    """uid -> (entry, where it appears: organization names / key-message groups)."""
    found: dict[str, tuple[object, list[str]]] = {}
    for org in content.organizations:
        for tp in org.talking_points:
            found.setdefault(tp.uid, (tp, []))[1].append(org.name)
    for group in content.key_messages:
        for tp in group.talking_points:
            found.setdefault(tp.uid, (tp, []))[1].append(f"key messages: {group.title}")
    return found


def _tp_text(tp) -> str:
    return "\n".join(tp.text)


def _compare_talking_points(old: PackContent, new: PackContent) -> list[Change]:
    before, after = _talking_points(old), _talking_points(new)
    changes = []
    for uid, (tp, places) in after.items():
        if uid not in before:
            detail = "for " + ", ".join(places)
            changes.append(Change("talking_points", "added", tp.title, uid, detail))
            continue
        old_tp, old_places = before[uid]
        changes += _tp_changes(old_tp, tp, old_places, places)
    for uid, (tp, places) in before.items():
        if uid not in after:
            detail = "was for " + ", ".join(places)
            changes.append(Change("talking_points", "removed", tp.title, uid, detail))
    return changes


def _tp_changes(old_tp, tp, old_places: list[str], places: list[str]) -> list[Change]:
    changes = []
    if old_tp.title != tp.title:
        words = word_diff(old_tp.title, tp.title)
        changes.append(Change("talking_points", "reworded", tp.title, tp.uid, "title", words))
    if _tp_text(old_tp) != _tp_text(tp):
        words = word_diff(_tp_text(old_tp), _tp_text(tp))
        changes.append(Change("talking_points", "reworded", tp.title, tp.uid, "text", words))
    if old_tp.status != tp.status:
        detail = f"{old_tp.status} → {tp.status}"
        changes.append(Change("talking_points", "status", tp.title, tp.uid, detail))
    if sorted(old_places) != sorted(places):
        gained = [p for p in places if p not in old_places]
        lost = [p for p in old_places if p not in places]
        parts = ([f"now also for {', '.join(gained)}"] if gained else []) + (
            [f"no longer for {', '.join(lost)}"] if lost else []
        )
        changes.append(Change("talking_points", "moved", tp.title, tp.uid, "; ".join(parts)))
    return changes


def _who(row) -> str:
    return f"{row.name} ({row.organization})" if row.name else f"seat for {row.organization}"


def _compare_participants(old: PackContent, new: PackContent) -> list[Change]:
    before = {p.uid: p for p in old.participants}
    after = {p.uid: p for p in new.participants}
    changes = []
    for uid, row in after.items():
        prev = before.get(uid)
        if prev is None:
            detail = f"{row.role}, {row.rsvp}".strip(", ")
            changes.append(Change("participants", "added", _who(row), uid, detail))
            continue
        if prev.rsvp != row.rsvp:
            detail = f"RSVP {prev.rsvp} → {row.rsvp}"
            changes.append(Change("participants", "rsvp", _who(row), uid, detail))
        if prev.role != row.role:
            detail = f"role {prev.role} → {row.role}"
            changes.append(Change("participants", "role", _who(row), uid, detail))
        if (prev.name, prev.title) != (row.name, row.title) and prev.name:
            detail = f"was {prev.name}, {prev.title}".rstrip(", ")
            changes.append(Change("participants", "changed", _who(row), uid, detail))
    for uid, row in before.items():
        if uid not in after:
            changes.append(Change("participants", "removed", _who(row), uid, ""))
    return changes


def _compare_agenda(old: PackContent, new: PackContent) -> list[Change]:
    """Agenda rows have no identity: they are matched by their item text."""
    before = {row.item: row for row in old.agenda}
    after = {row.item: row for row in new.agenda}
    changes = []
    for item, row in after.items():
        prev = before.get(item)
        if prev is None:
            changes.append(Change("agenda", "added", item, "", _slot(row)))
            continue
        diffs = [
            f"{name} {getattr(prev, name) or '—'} → {getattr(row, name) or '—'}"
            for name in ("time", "speaker", "notes")
            if getattr(prev, name) != getattr(row, name)
        ]
        if diffs:
            changes.append(Change("agenda", "changed", item, "", "; ".join(diffs)))
    for item, row in before.items():
        if item not in after:
            changes.append(Change("agenda", "removed", item, "", _slot(row)))
    return changes


def _slot(row) -> str:
    return ", ".join(part for part in (row.time, row.speaker) if part)


def _compare_organizations(old: PackContent, new: PackContent) -> list[Change]:
    before = {o.uid: o.name for o in old.organizations}
    after = {o.uid: o.name for o in new.organizations}
    added = [Change("organizations", "added", n, u) for u, n in after.items() if u not in before]
    removed = [
        Change("organizations", "removed", n, u) for u, n in before.items() if u not in after
    ]
    return added + removed


def _compare_meeting(old: PackContent, new: PackContent) -> list[Change]:
    changes = []
    for name in _COVER_FIELDS:
        a, b = getattr(old.cover, name), getattr(new.cover, name)
        if a != b:
            detail = f"{a or '—'} → {b or '—'}"
            changes.append(Change("meeting", "changed", name.replace("_", " "), "", detail))
    if old.marking != new.marking:
        detail = f"{old.marking or '—'} → {new.marking or '—'}"
        changes.append(Change("meeting", "changed", "marking", "", detail))
    if old.purpose != new.purpose:
        words = word_diff("\n".join(old.purpose), "\n".join(new.purpose))
        changes.append(Change("meeting", "reworded", "purpose", "", "", words))
    return changes


def compare(old: dict | PackContent, new: dict | PackContent, old_number=0, new_number=0):
    """The :class:`Comparison` of two snapshots (dicts as stored, or PackContent)."""
    a = old if isinstance(old, PackContent) else PackContent.from_dict(old)
    b = new if isinstance(new, PackContent) else PackContent.from_dict(new)
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


# --- text ---------------------------------------------------------------------------


def change_line(change: Change) -> str:
    """One readable line, e.g. ``reworded "Title" (text): … [-old-] {+new+} …``."""
    head = f'{change.kind} "{change.subject}"'
    if change.words:
        where = f" ({change.detail})" if change.detail else ""
        return f"{head}{where}: {words_text(change.words)}"
    return f"{head}: {change.detail}" if change.detail else head


def format_text(comparison: Comparison) -> str:
    """The comparison as plain text, grouped by area."""
    lines = [f"Changes from version {comparison.old_number} to version {comparison.new_number}"]
    if not comparison.changes:
        return lines[0] + ": no changes to the content."
    for area, changes in comparison.by_area():
        lines.append("")
        lines.append(f"{AREA_TITLES[area]}:")
        lines += [f"  - {change_line(c)}" for c in changes]
    return "\n".join(lines)


def format_html(comparison: Comparison) -> str:
    """The comparison as simple HTML (for a QTextBrowser), word changes marked."""
    head = f"Changes from version {comparison.old_number} to version {comparison.new_number}"
    parts = [f"<h3>{html.escape(head)}</h3>"]
    if not comparison.changes:
        return parts[0] + "<p>No changes to the content.</p>"
    for area, changes in comparison.by_area():
        parts.append(f"<h4>{html.escape(AREA_TITLES[area])}</h4><ul>")
        for c in changes:
            text = f"<b>{html.escape(c.kind)}</b> “{html.escape(c.subject)}”"
            if c.words:
                where = f" ({html.escape(c.detail)})" if c.detail else ""
                text += f"{where}: {words_html(c.words)}"
            elif c.detail:
                text += f": {html.escape(c.detail)}"
            parts.append(f"<li>{text}</li>")
        parts.append("</ul>")
    return "".join(parts)


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
    from briefing_app.domain.enums import ReviewStatus
    from briefing_app.errors import UserError
    from briefing_app.services.meetings import find_meeting
    from briefing_app.services.review.versions import find_version

    meeting = find_meeting(session, meeting_ref)
    if (v1 is None) != (v2 is None):
        raise UserError("give two version numbers to compare, or none for the default pair")
    if v1 is None:
        versions = meeting.pack_versions
        if len(versions) < 2:
            raise UserError(
                f'meeting "{meeting.title}" has {len(versions)} pack version(s); '
                "generate another pack to compare"
            )
        approved = [v.number for v in versions if v.review_status == ReviewStatus.APPROVED]
        v1, v2 = default_pair([v.number for v in versions], approved)
    old = find_version(session, meeting.id, v1)
    new = find_version(session, meeting.id, v2)
    return compare(old.snapshot, new.snapshot, old.number, new.number)
