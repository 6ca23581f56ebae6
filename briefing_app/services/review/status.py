"""Review status of a pack version: draft → submitted → approved / changes requested.

A decision records the reviewer and the time. Approved and changes-requested
are final for that version: the snapshot never changes, and editing the
meeting afterwards only affects the *next* pack, which starts as a new draft.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from briefing_app.db.base import utcnow
from briefing_app.db.models import PackVersion, ReviewComment
from briefing_app.domain.enums import Delivery, ReviewStatus
from briefing_app.errors import UserError
from briefing_app.services.review.versions import find_version, interrupted
from briefing_app.services.roles import refused_by_server
from briefing_app.settings import Settings

#: action -> (statuses it may start from, status it leads to)
TRANSITIONS: dict[str, tuple[frozenset[str], ReviewStatus]] = {
    "submit": (frozenset({ReviewStatus.DRAFT.value}), ReviewStatus.SUBMITTED),
    "approve": (frozenset({ReviewStatus.SUBMITTED.value}), ReviewStatus.APPROVED),
    "request_changes": (
        frozenset({ReviewStatus.SUBMITTED.value}),
        ReviewStatus.CHANGES_REQUESTED,
    ),
}

STATUS_LABELS = {
    ReviewStatus.DRAFT.value: "draft",
    ReviewStatus.SUBMITTED.value: "submitted for review",
    ReviewStatus.APPROVED.value: "approved",
    ReviewStatus.CHANGES_REQUESTED.value: "changes requested",
}


def _refusal(pv: PackVersion, action: str) -> str | None:
    """Why ``action`` is not allowed on ``pv`` now (None when it is)."""
    allowed, _ = TRANSITIONS[action]
    status = str(pv.review_status)
    label = STATUS_LABELS.get(status, status)
    if pv.delivery != Delivery.DELIVERED.value:
        return interrupted(pv)
    if status in allowed:
        if action == "submit" and pv.number != newest_delivered(pv):
            return f"version {pv.number} is superseded by a newer version; submit the newest"
        return None
    verb = action.replace("_", " ")
    if status == ReviewStatus.DRAFT.value:
        return f"version {pv.number} is a draft: submit it for review before you {verb}"
    if status in (ReviewStatus.APPROVED.value, ReviewStatus.CHANGES_REQUESTED.value):
        return f"version {pv.number} is already {label}; generate a new pack to start a new version"
    return f"version {pv.number} is {label}; cannot {verb} it"


def newest_delivered(pv: PackVersion) -> int | None:
    """The highest number among ``pv``'s meeting's delivered versions (an interrupted
    newer version does not supersede the last good one)."""
    session = Session.object_session(pv)
    return session.scalar(
        select(func.max(PackVersion.number)).where(
            PackVersion.meeting_id == pv.meeting_id,
            PackVersion.delivery == Delivery.DELIVERED.value,
        )
    )


def change_status(
    session: Session,
    meeting_ref: int | str,
    number: int | str,
    action: str,
    comment: str = "",
    by: str | None = None,
    now: datetime | None = None,
) -> PackVersion:
    """Apply ``action`` ("submit", "approve", "request_changes") to a version.

    Approve and request changes record ``by`` (default: the user name from the
    settings) as reviewer, and the time. ``comment`` is kept as a review comment
    on the whole pack. Raises UserError when the action is not allowed now.
    """
    if action not in TRANSITIONS:
        raise UserError(f'unknown review action "{action}" (use {", ".join(TRANSITIONS)})')
    pv = find_version(session, meeting_ref, number)
    refusal = _refusal(pv, action)
    if refusal:
        raise UserError(f'meeting "{pv.meeting.title}": {refusal}')
    who = by or Settings.load().resolved_user_name()
    with refused_by_server(session):  # on a server only directors decide (services/roles)
        pv.review_status = TRANSITIONS[action][1]
        if action != "submit":
            pv.reviewer = who
            pv.decided_at = now or utcnow()
        text = (comment or "").strip()
        if text:
            session.add(ReviewComment(pack_version_id=pv.id, author=who, text=text, target_ref=""))
    return pv


def last_approved(session: Session, meeting_id: int) -> PackVersion | None:
    """The meeting's approved version with the highest number, if any."""
    return session.scalar(
        select(PackVersion)
        .where(
            PackVersion.meeting_id == meeting_id,
            PackVersion.review_status == ReviewStatus.APPROVED.value,
        )
        .order_by(PackVersion.number.desc())
        .limit(1)
    )
