"""Review comments on a pack version: about the whole pack, a section, an
organization or a talking point; they can be resolved (and reopened).

Targets are stored as (kind, ref): ``("section", "agenda")``,
``("organization", <uid>)``, ``("talking_point", <uid>)``; ``("section", "")``
is the whole pack. What a target is called is read from the version's
snapshot, so a comment still names the talking point as the director saw it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from briefing_app.db.models import PackVersion, ReviewComment
from briefing_app.domain.text import clean
from briefing_app.errors import NotFoundError, UserError
from briefing_app.services.meetings import find_meeting
from briefing_app.services.pack.model import PackContent
from briefing_app.settings import Settings

KINDS = ("section", "organization", "talking_point")
SECTIONS = {
    "": "whole pack",
    "cover": "Cover",
    "contents": "Contents",
    "purpose": "Purpose and objectives",
    "agenda": "Agenda",
    "participants": "Participants",
    "organizations": "Participating organizations",
    "key_messages": "Key messages",
    "annex": "Annex",
}


@dataclass(frozen=True)
class CommentInfo:
    """A review comment as plain data, with what it is about spelled out."""

    id: int
    version: int
    target_kind: str
    target_ref: str
    about: str
    author: str
    text: str
    resolved: bool
    created_at: datetime | None


def target_names(snapshot: dict) -> dict[tuple[str, str], str]:
    """(kind, ref) -> readable name, for every target the snapshot contains."""
    content = PackContent.from_dict(snapshot or {})
    names = {("section", key): label for key, label in SECTIONS.items()}
    for org in content.organizations:
        names[("organization", org.uid)] = org.name
        for tp in org.talking_points:
            names[("talking_point", tp.uid)] = tp.title
    for group in content.key_messages:
        for tp in group.talking_points:
            names[("talking_point", tp.uid)] = tp.title
    return names


def describe(kind: str, ref: str, names: dict[tuple[str, str], str]) -> str:
    name = names.get((kind, ref), ref)
    if kind == "section":
        return name if not ref else f"section: {name}"
    return f"{kind.replace('_', ' ')}: {name}"


def add_comment(
    session: Session,
    pv: PackVersion,
    text: str,
    target_kind: str = "section",
    target_ref: str = "",
    author: str | None = None,
) -> ReviewComment:
    """Add a comment to ``pv`` about a target that appears in its snapshot."""
    body = (clean(text, "comment") or "").strip()
    if not body:
        raise UserError(f"pack version {pv.number}: a comment needs some text")
    if target_kind not in KINDS:
        raise UserError(f'comment target "{target_kind}" is not one of {", ".join(KINDS)}')
    if (target_kind, target_ref) not in target_names(pv.snapshot):
        raise UserError(
            f'pack version {pv.number} has no {target_kind.replace("_", " ")} "{target_ref}"'
        )
    comment = ReviewComment(
        pack_version_id=pv.id,
        target_kind=target_kind,
        target_ref=target_ref,
        author=author or Settings.load().resolved_user_name(),
        text=body,
    )
    session.add(comment)
    session.flush()
    return comment


def set_resolved(
    session: Session, comment_id: int, resolved: bool = True, meeting_ref: int | str | None = None
) -> ReviewComment:
    """Mark a comment resolved (or open again); with ``meeting_ref``, only a comment
    on that meeting's pack versions (an id typed for one meeting never changes another)."""
    comment = session.get(ReviewComment, comment_id)
    meeting = find_meeting(session, meeting_ref) if meeting_ref is not None else None
    if comment is None or (meeting and comment.pack_version.meeting_id != meeting.id):
        where = f' on meeting "{meeting.title}"' if meeting else ""
        raise NotFoundError(f"no review comment with id {comment_id}{where}")
    comment.resolved = resolved
    session.flush()
    return comment


def list_comments(
    session: Session,
    meeting_ref: int | str,
    number: int | None = None,
    include_resolved: bool = True,
) -> list[CommentInfo]:
    """Comments on the meeting's pack versions (or one version), oldest first."""
    meeting = find_meeting(session, meeting_ref)
    query = (
        select(ReviewComment, PackVersion)
        .join(PackVersion, ReviewComment.pack_version_id == PackVersion.id)
        .where(PackVersion.meeting_id == meeting.id)
        .order_by(PackVersion.number, ReviewComment.id)
    )
    if number is not None:
        query = query.where(PackVersion.number == number)
    if not include_resolved:
        query = query.where(ReviewComment.resolved.is_(False))
    names_by_version: dict[int, dict] = {}
    result = []
    for comment, pv in session.execute(query).all():
        names = names_by_version.setdefault(pv.id, target_names(pv.snapshot))
        result.append(_info(comment, pv, names))
    return result


def _info(comment: ReviewComment, pv: PackVersion, names: dict) -> CommentInfo:
    return CommentInfo(
        id=comment.id,
        version=pv.number,
        target_kind=comment.target_kind,
        target_ref=comment.target_ref,
        about=describe(comment.target_kind, comment.target_ref, names),
        author=comment.author,
        text=comment.text,
        resolved=bool(comment.resolved),
        created_at=comment.created_at,
    )


def find_target(snapshot: dict, kind: str, text: str) -> str:
    """The ref of the ``kind`` target in ``snapshot`` named by ``text``: a uid, a section
    key, or a unique part of its name (any case). Raises UserError otherwise."""
    if kind not in KINDS:
        raise UserError(f'comment target "{kind}" is not one of {", ".join(KINDS)}')
    names = {ref: name for (k, ref), name in target_names(snapshot).items() if k == kind}
    wanted = text.strip()
    if wanted in names:
        return wanted
    needle = wanted.casefold()
    exact = [ref for ref, name in names.items() if name.casefold() == needle]
    matches = exact or [ref for ref, name in names.items() if needle in name.casefold()]
    if len(matches) == 1:
        return matches[0]
    what = kind.replace("_", " ")
    if not matches:
        raise UserError(f'this pack version has no {what} matching "{wanted}"')
    shown = ", ".join(sorted(names[m] for m in matches)[:5])
    raise UserError(f'"{wanted}" matches {len(matches)} {what}s ({shown}); be more precise')
