"""Reading directors' Word comments back from an exported pack.

A pack identifies itself by the core properties the renderer writes:
``identifier`` = the meeting's uid and ``version`` = the pack version number,
and by the version's token in its custom properties (``custom_props``), which
names exactly one recorded version (packs made before tokens existed are
matched by number, to a version without a token). A .docx without them is not
one of our packs; one naming another meeting, a version not recorded here, or
a version whose delivery was interrupted (pending) is refused. Each comment is
attached to that pack version and, from where its anchor sits in the document,
to the talking point or organization section it is in (else to the section
under whose Heading 1 it is). Where things are is worked out from the
document's headings and the version's snapshot, which holds exactly what the
document showed.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from docx.oxml.ns import qn
from sqlalchemy import select
from sqlalchemy.orm import Session

from briefing_app.db.models import Meeting, PackFile, PackVersion, ReviewComment
from briefing_app.domain.enums import Delivery
from briefing_app.domain.numbers import whole_number
from briefing_app.domain.text import clean
from briefing_app.errors import UserError, shorten
from briefing_app.services.meetings import find_meeting
from briefing_app.services.pack.custom_props import VERSION_TOKEN_PROPERTY, get_custom_property
from briefing_app.services.pack.labels import labels
from briefing_app.services.pack.model import PackContent
from briefing_app.services.review.comments import describe, target_names
from briefing_app.services.review.versions import interrupted

_SECTION_KEYS = ("purpose", "agenda", "participants", "organizations", "key_messages", "annex")
_NUMBERED = re.compile(r"^\s*\d+\.\s*")


class NotAPackError(UserError):
    """The .docx is not a briefing pack of this meeting."""


@dataclass(frozen=True)
class ImportedComment:
    author: str
    text: str
    target_kind: str
    target_ref: str
    about: str


@dataclass
class ImportResult:
    """What an import did: the version comments went to, those added, duplicates skipped."""

    version: int
    added: list[ImportedComment] = field(default_factory=list)
    skipped: int = 0


# --- which pack is it? ------------------------------------------------------------


def open_pack(path: str | Path):
    """The python-docx Document at ``path``; NotAPackError when it is not a .docx."""
    import docx

    path = Path(path)
    if not path.is_file():
        raise NotAPackError(f"{path}: file does not exist")
    if not zipfile.is_zipfile(path):
        raise NotAPackError(f"{path}: is not a Word .docx file")
    from briefing_app.services.archive import checked_copy

    contents = checked_copy(path)  # zip bombs refused before decompressing
    try:
        return docx.Document(contents)
    except Exception as exc:  # python-docx reports a wrong package many ways
        raise NotAPackError(f"{path}: cannot be read as a Word document ({exc})") from exc


def from_document(path: Path, read):
    """``read()``, something python-docx reads from the document: a damaged part it
    trips over (a wrong content type, a missing required attribute...) becomes a
    NotAPackError naming the file, as when the package itself cannot be opened."""
    try:
        return read()
    except UserError:
        raise
    except Exception as exc:  # python-docx reports a damaged part many ways
        raise NotAPackError(f"{path}: cannot be read as a Word document ({exc})") from exc


def pack_version_of(
    session: Session, document, meeting: Meeting, path: Path
) -> tuple[PackVersion, dict]:
    """The recorded version the document is a copy of, and the content the file shows
    (its snapshot: the version's, or the file's own in another language); refuses
    foreign documents."""
    props = from_document(path, lambda: document.core_properties)
    uid, number = from_document(path, lambda: (props.identifier or "", props.version or ""))
    uid, number = uid.strip(), number.strip()
    if not uid or not number.isdigit():
        raise NotAPackError(
            f"{path}: is not a briefing pack made by Briefing App "
            "(its document properties carry no meeting identifier and version)"
        )
    if uid != meeting.uid:
        other = session.scalar(select(Meeting).where(Meeting.uid == uid))
        which = f'meeting "{other.title}"' if other else "a meeting not in this database"
        raise NotAPackError(
            f'{path}: is the pack of {which}, not of "{meeting.title}"; comments not imported'
        )
    pv, pf = _recorded_version(session, document, meeting, int(number), path)
    delivered = (pf or pv).delivery == Delivery.DELIVERED.value
    if not delivered or pv.delivery != Delivery.DELIVERED.value:
        raise NotAPackError(f"{path}: {interrupted(pv)}; comments not imported")
    return pv, (pf.snapshot if pf is not None and pf.snapshot else pv.snapshot) or {}


def _recorded_version(
    session: Session, document, meeting: Meeting, number: int, path: Path
) -> tuple[PackVersion, PackFile | None]:
    """The version whose file's token the document carries, and that file; a pack made
    before versions had tokens is matched by number, but only to a version that has no
    token either."""
    token = from_document(path, lambda: get_custom_property(document, VERSION_TOKEN_PROPERTY))
    pf = None
    if token:
        pf = session.scalar(
            select(PackFile)
            .join(PackVersion)
            .where(PackFile.token == token, PackVersion.meeting_id == meeting.id)
        )
    pv = pf.pack_version if pf is not None else None
    if pv is None:  # a version recorded before its files were (or without a token)
        where = [PackVersion.meeting_id == meeting.id]
        where.append(PackVersion.token == token if token else PackVersion.number == number)
        pv = session.scalar(select(PackVersion).where(*where))
    if pv is None:
        raise NotAPackError(
            f'{path}: pack version {number} of "{meeting.title}" is not recorded in this database'
        )
    if pv.number != number or (pv.token and not token):
        raise NotAPackError(
            f'{path}: says pack version {number} of "{meeting.title}" but is not the file '
            f"recorded as version {pv.number}; comments not imported"
        )
    return pv, pf


# --- where is each comment? ----------------------------------------------------------


class _Locator:
    """Follows the document's headings to know which section / organization /
    talking point a paragraph belongs to."""

    def __init__(self, content: PackContent):
        self.content = content
        L = labels(content.language)
        self.sections = {L[key].strip(): key for key in _SECTION_KEYS}
        self.section, self.org, self.group, self.tp = "cover", None, None, None
        self.h2_index = -1

    def target(self) -> tuple[str, str]:
        if self.tp is not None:
            return "talking_point", self.tp.uid
        if self.org is not None:
            return "organization", self.org.uid
        return "section", self.section

    def visit(self, style: str, text: str) -> None:
        if style == "heading 1":
            self.section = self.sections.get(text.strip(), self.section)
            self.org = self.group = self.tp = None
            self.h2_index = -1
        elif style == "toc heading":
            self.section, self.org, self.group, self.tp = "contents", None, None, None
        elif style == "heading 2":
            self._heading2(text.strip())
        elif style == "pack label":
            self.tp = None
        elif style == "pack entry":
            self.tp = self._talking_point(text)

    def _heading2(self, text: str) -> None:
        self.h2_index += 1
        self.tp = None
        if self.section == "organizations":
            self.org = _nth_or_named(self.content.organizations, self.h2_index, text)
        elif self.section == "key_messages":
            self.group = _nth_or_named(self.content.key_messages, self.h2_index, text, "title")

    def _talking_point(self, text: str):
        holder = self.org if self.section == "organizations" else self.group
        if holder is None:
            return None
        title = _NUMBERED.sub("", text).strip()
        draft = labels(self.content.language)["draft"]
        title = title.removeprefix(f"[{draft}]").strip()
        return next((tp for tp in holder.talking_points if tp.title.strip() == title), None)


def _nth_or_named(items: list, index: int, text: str, attr: str = "name"):
    if 0 <= index < len(items) and getattr(items[index], attr).strip() == text:
        return items[index]
    return next((item for item in items if getattr(item, attr).strip() == text), None)


def _comment_id(element, path: Path, what: str) -> int:
    """The ``w:id`` of a comment or comment mark; NotAPackError naming it if it has
    none or it is not a whole number (Word always writes one)."""
    raw = element.get(qn("w:id"))
    try:
        return whole_number(raw or "")
    except ValueError:
        shown = "no w:id" if raw is None else f'w:id "{shorten(raw, 30)}", not a number'
        raise NotAPackError(
            f"{path}: {what} has {shown}; the file is damaged (save it again in Word)"
        ) from None


def comment_anchors(
    document, content: PackContent, path: Path = Path("document")
) -> dict[int, tuple[str, str]]:
    """Comment id -> (target kind, ref) from where the comment's range starts."""
    style_names = {s.style_id: (s.name or "").casefold() for s in document.styles}
    locator = _Locator(content)
    anchors: dict[int, tuple[str, str]] = {}
    for p in document.element.body.iter(qn("w:p")):
        ppr = p.find(qn("w:pPr"))
        style_el = ppr.find(qn("w:pStyle")) if ppr is not None else None
        style = style_names.get(style_el.get(qn("w:val")) if style_el is not None else "", "")
        locator.visit(style, "".join(t.text or "" for t in p.iter(qn("w:t"))))
        for tag in ("w:commentRangeStart", "w:commentReference"):
            for mark in p.iter(qn(tag)):
                where = f"word/document.xml, a {tag} mark"
                anchors.setdefault(_comment_id(mark, path, where), locator.target())
    return anchors


def _word_comments(document, path: Path) -> list[tuple[int, str, str]]:
    """(id, author, text) of each comment in the document's comments part."""
    found = []
    for n, comment in enumerate(document.comments, start=1):
        element = comment._comment_elm
        ident = _comment_id(element, path, f"word/comments.xml, comment {n}")
        author = (element.get(qn("w:author")) or "").strip() or "Word reviewer"
        found.append((ident, author, (clean(comment.text, "comment") or "").strip()))
    return found


# --- import ------------------------------------------------------------------------------


def import_word_comments(
    session: Session, meeting_ref: int | str, path: str | Path
) -> ImportResult:
    """Attach the Word comments in ``path`` (a pack of the meeting) to its pack version.

    A comment already imported (same author, text and target) is skipped, so
    importing the same file twice adds nothing. Flushes, never commits.
    """
    path = Path(path)
    meeting = find_meeting(session, meeting_ref)
    document = open_pack(path)
    pv, snapshot = pack_version_of(session, document, meeting, path)
    content = PackContent.from_dict(snapshot)
    anchors = from_document(path, lambda: comment_anchors(document, content, path))
    names = target_names(snapshot)
    existing = {(c.author, c.text, c.target_kind, c.target_ref) for c in pv.comments}
    result = ImportResult(pv.number)
    for ident, author, text in from_document(path, lambda: _word_comments(document, path)):
        if not text:
            continue
        kind, ref = anchors.get(ident, ("section", ""))
        key = (author, text, kind, ref)
        if key in existing:
            result.skipped += 1
            continue
        existing.add(key)
        session.add(
            ReviewComment(
                pack_version_id=pv.id, target_kind=kind, target_ref=ref, author=author, text=text
            )
        )
        about = describe(kind, ref, names)
        result.added.append(ImportedComment(author, text, kind, ref, about))
    session.flush()
    return result
