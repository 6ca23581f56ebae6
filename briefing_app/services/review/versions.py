"""Pack versions: every generated pack is recorded with a frozen snapshot.

A version stores exactly the content that went into the document
(``PackContent.to_dict()``), so the same document can be rendered again
later without the database, and two versions can be compared, whatever
happened to the meeting since. A snapshot is written once and never updated.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, defer, selectinload

from briefing_app.db.models import PackFile, PackVersion
from briefing_app.domain.enums import Delivery, ReviewStatus
from briefing_app.domain.numbers import whole_number
from briefing_app.errors import NotFoundError, UserError, shorten
from briefing_app.services.meetings import find_meeting
from briefing_app.services.pack.model import PackContent
from briefing_app.settings import Settings

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class VersionInfo:
    """A pack version as plain data (safe to hand to another thread or the GUI)."""

    id: int
    meeting_id: int
    number: int
    created_at: datetime | None
    created_by: str
    template: str
    language: str
    file_hash: str
    status: str
    reviewer: str
    decided_at: datetime | None
    open_comments: int
    comments: int
    approved_hash: str = ""
    delivery: str = Delivery.DELIVERED.value
    #: The files made of this version and confirmed written: "en", "zh (pdf)"...
    files: tuple[str, ...] = ()

    @property
    def is_approved(self) -> bool:
        return self.status == ReviewStatus.APPROVED.value

    @property
    def is_delivered(self) -> bool:
        """False for a version whose file was never confirmed written (interrupted)."""
        return self.delivery == Delivery.DELIVERED.value


@dataclass(frozen=True)
class GeneratedVersion:
    """What ``delivery.generate_version`` produced: the file and the version recorded for it."""

    path: Path
    version: VersionInfo
    content: PackContent
    #: True when the content was already the newest version's: the file was recorded
    #: as another file of it (another language or format), not as a new version.
    again: bool = False

    @property
    def cleaned(self) -> list[str]:
        """What text cleaning removed (tell the user)."""
        return self.content.cleaned


def info(pv: PackVersion, approved_hash: str | None = None) -> VersionInfo:
    """Plain-data view of ``pv`` (``approved_hash``: already read from its snapshot)."""
    comments = list(pv.comments)
    if approved_hash is None:
        approved_hash = (pv.snapshot or {}).get(APPROVED_HASH_KEY, "")
    return VersionInfo(
        id=pv.id,
        meeting_id=pv.meeting_id,
        number=pv.number,
        created_at=pv.created_at,
        created_by=pv.created_by,
        template=pv.template,
        language=pv.language,
        file_hash=pv.file_hash,
        status=str(pv.review_status),
        reviewer=pv.reviewer,
        decided_at=pv.decided_at,
        open_comments=sum(1 for c in comments if not c.resolved),
        comments=len(comments),
        approved_hash=approved_hash or "",
        delivery=str(pv.delivery),
        files=tuple(
            dict.fromkeys(
                f.language + ("" if f.format == "docx" else f" ({f.format})")
                for f in pv.files
                if f.delivery == Delivery.DELIVERED.value
            )
        ),
    )


def next_number(session: Session, meeting_id: int) -> int:
    """One more than the highest number recorded, pending versions included: a number
    once taken is never given again."""
    latest = session.scalar(
        select(func.max(PackVersion.number)).where(PackVersion.meeting_id == meeting_id)
    )
    return (latest or 0) + 1


def record_version(
    session: Session,
    content: PackContent,
    template: str = "",
    created_by: str | None = None,
    *,
    content_hash: str = "",
    file_format: str = "docx",
) -> PackVersion:
    """Store ``content`` as the meeting's next pack version: a draft, pending until its
    file is confirmed (``delivery.generate_version``); flushes, never commits. Its
    first file (``content``'s language, ``file_format``) is recorded with it.

    ``content.pack_version`` is the number printed in the document; it must be the
    next free number (pending versions count), otherwise the document and the record
    would disagree. ``content.version_token`` is stored as the version's token.
    ``content_hash``: see ``review/identity.py``.
    """
    number = next_number(session, content.meeting_id)
    if content.pack_version != number:
        raise UserError(
            f"pack version {content.pack_version} of meeting {content.meeting_id} is already "
            f"recorded (next free number is {number}); generate the pack again"
        )
    pv = PackVersion(
        meeting_id=content.meeting_id,
        number=number,
        created_by=created_by or Settings.load().resolved_user_name(),
        template=template,
        language=content.language,
        snapshot=content.to_dict(),
        file_hash="",
        review_status=ReviewStatus.DRAFT,
        delivery=Delivery.PENDING,
        token=content.version_token,
        content_hash=content_hash,
    )
    session.add(pv)
    try:
        session.flush()
    except IntegrityError as exc:  # UniqueConstraint(meeting_id, number): another writer won
        raise UserError(
            f"another pack version {number} of meeting {content.meeting_id} was recorded "
            "at the same time; try again"
        ) from exc
    record_file(session, pv, content, file_format, pv.created_by)
    return pv


def record_file(
    session: Session,
    pv: PackVersion,
    content: PackContent,
    file_format: str = "docx",
    created_by: str | None = None,
) -> PackFile:
    """Record a file made of ``pv`` (``content`` in the file's language, carrying
    ``content.version_token``), pending until it is confirmed; flushes, never commits.
    The content is kept with the file when its language is not the version's (so
    ``import-comments`` reads the file's headings in its language)."""
    pf = PackFile(
        pack_version=pv,
        language=content.language,
        format=file_format,
        created_by=created_by or Settings.load().resolved_user_name(),
        token=content.version_token or None,
        file_hash="",
        delivery=Delivery.PENDING,
        snapshot=None if content.language == pv.language else content.to_dict(),
    )
    session.add(pf)
    session.flush()
    return pf


def reusable_version(session: Session, meeting_id: int, content_hash: str) -> PackVersion | None:
    """The meeting's newest version, if it was delivered and holds the content whose
    hash is ``content_hash``: a pack of it in another language or format is that
    version again. Content that changed and changed back is a new version."""
    if not content_hash:
        return None
    pv = session.scalar(
        select(PackVersion)
        .where(PackVersion.meeting_id == meeting_id)
        .options(defer(PackVersion.snapshot))  # megabytes for a large meeting, not needed
        .order_by(PackVersion.number.desc())
        .limit(1)
    )
    if pv is None or pv.content_hash != content_hash:
        return None
    return pv if pv.delivery == Delivery.DELIVERED.value else None


def interrupted(pv: PackVersion) -> str:
    """Why a pending version cannot be used (exported, submitted, commented from Word)."""
    return (
        f"pack version {pv.number} was interrupted: its file was never confirmed as written; "
        "generate the pack again"
    )


def parse_number(number: int | str) -> int:
    """A pack version number as users type it ("2", "v2", "V2"); UserError otherwise."""
    text = str(number).strip().lstrip("vV")
    try:
        if text.isdigit():
            return whole_number(text)
    except ValueError:
        pass
    raise UserError(f'"{shorten(str(number))}" is not a pack version number (e.g. 1, 2 or v2)')


def find_version(session: Session, meeting_ref: int | str, number: int | str) -> PackVersion:
    """Version ``number`` of the meeting (an id or unique title part)."""
    meeting = find_meeting(session, meeting_ref)
    wanted = parse_number(number)
    pv = session.scalar(
        select(PackVersion).where(
            PackVersion.meeting_id == meeting.id, PackVersion.number == wanted
        )
    )
    if pv is None:
        have = [v.number for v in meeting.pack_versions]
        known = ", ".join(map(str, have)) if have else "none yet"
        raise NotFoundError(
            f'meeting "{meeting.title}" has no pack version {wanted} (versions: {known})'
        )
    return pv


def list_versions(session: Session, meeting_ref: int | str) -> list[VersionInfo]:
    """Every pack version of the meeting, oldest first."""
    meeting = find_meeting(session, meeting_ref)
    # Without the snapshots: a large meeting's run to megabytes each, and the review
    # tab lists the versions on the UI thread after every export.
    rows = session.execute(
        select(PackVersion, _approved_hash())
        .where(PackVersion.meeting_id == meeting.id)
        .options(
            defer(PackVersion.snapshot),
            selectinload(PackVersion.comments),
            selectinload(PackVersion.files).options(defer(PackFile.snapshot)),
        )
        .order_by(PackVersion.number)
    ).all()
    return [info(pv, approved_hash or "") for pv, approved_hash in rows]


#: Key in a version's snapshot holding the SHA-256 of its last approved export; not part
#: of the pack content (``PackContent.from_dict`` ignores it), so no schema change.
APPROVED_HASH_KEY = "approved_file_hash"


def _approved_hash():
    """The approved file's hash read from the snapshot by the database (no snapshot loaded)."""
    return PackVersion.snapshot[APPROVED_HASH_KEY].as_string()


def version_and_approved_hash(session: Session, version_id: int) -> tuple[PackVersion, str]:
    """Version ``version_id`` without its snapshot, and its approved file's hash ("" for
    none): for :func:`info` (the snapshot of a large meeting runs to megabytes)."""
    pv, approved = session.execute(
        select(PackVersion, _approved_hash())
        .where(PackVersion.id == version_id)
        .options(
            defer(PackVersion.snapshot),
            selectinload(PackVersion.comments),
            selectinload(PackVersion.files).options(defer(PackFile.snapshot)),
        )
    ).one()
    return pv, approved or ""


def snapshot_content(pv: PackVersion) -> PackContent:
    """The content frozen in ``pv``: marked DRAFT unless the version is approved, and
    an approved one says who approved it and when."""
    content = PackContent.from_dict(pv.snapshot or {})
    apply_review_state(content, pv)
    return content


def apply_review_state(content: PackContent, pv: PackVersion) -> None:
    """Mark ``content`` (of version ``pv``, in any language) DRAFT unless ``pv`` is
    approved; an approved one says who approved it and when."""
    from briefing_app.services.pack.fmt import format_date
    from briefing_app.services.pack.labels import labels

    content.draft = str(pv.review_status) != ReviewStatus.APPROVED.value
    content.approval = content.cover.cleared_by = ""
    if not content.draft:
        when = format_date(pv.decided_at.date(), content.language) if pv.decided_at else ""
        words = labels(content.language)
        content.approval = words["approved_by"].format(name=pv.reviewer or "?", date=when)
        # The cover's "Cleared by": the director who approved this version, and when.
        content.cover.cleared_by = words["cleared_on"].format(name=pv.reviewer or "?", date=when)


def export_version(
    session: Session,
    meeting_ref: int | str,
    number: int | str,
    out: str | Path,
    template: str | Path | None = None,
) -> Path:
    """Render version ``number`` again from its snapshot into ``out``.

    Uses ``template``, else the template the version was made with if it still
    exists, else the shipped one. An approved version comes out without DRAFT.
    """
    from briefing_app.services.files import file_sha256
    from briefing_app.services.pack import render_pack

    pv = find_version(session, meeting_ref, number)
    if pv.delivery != Delivery.DELIVERED.value:
        raise UserError(f'meeting "{pv.meeting.title}": {interrupted(pv)}')
    if template is None and pv.template and Path(pv.template).is_file():
        template = pv.template
    content = snapshot_content(pv)
    path = render_pack(content, out, template)
    if not content.draft:  # remember the approved file (the draft's hash stays in file_hash)
        pv.snapshot = {**(pv.snapshot or {}), APPROVED_HASH_KEY: file_sha256(path)}
        session.flush()
    return path
