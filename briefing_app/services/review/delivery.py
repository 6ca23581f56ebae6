"""Generating a pack and recording its version as one outcome.

The number printed in a pack and the version recorded for it must never
disagree, whatever fails (a full disk, a kill, a power cut). So the pack is
made in three steps, each its own transaction:

1. the version is recorded as **pending** and committed: from then on its
   number is taken for good, and the document carries it and a random token
   (in its custom properties);
2. the file is written (temporary file beside the target, then ``os.replace``);
3. the version is marked **delivered**, with the hash of the bytes written.

If step 1 fails (the database's disk is full), nothing is written. If step 2
fails cleanly (target open elsewhere, output disk full, cancelled), no file
carries the number and the pending version is withdrawn. A kill between the
steps leaves a pending version that keeps its number; it is listed as
interrupted, cannot be submitted or approved, and ``import-comments`` refuses
a file that claims it. So every file the app wrote carries a number the
database knows, and no number is reused.

This is the one service that commits, because the outcome spans a file and
the database: it takes the :class:`~briefing_app.db.session.Database`, not a
session. The CLI ``pack`` command and the GUI's export child both call
:func:`generate_version`.
"""

from __future__ import annotations

import logging
import uuid
from pathlib import Path

from sqlalchemy.exc import OperationalError

from briefing_app.db.models import PackVersion
from briefing_app.domain.enums import Delivery
from briefing_app.errors import UserError
from briefing_app.services.review.versions import (
    GeneratedVersion,
    Progress,
    info,
    record_version,
)

log = logging.getLogger(__name__)


class DeliveryError(UserError):
    """The file was written but its version could not be marked delivered."""


def generate_version(
    db,
    meeting_ref: int | str,
    out: str | Path,
    template: str | Path | None = None,
    language: str = "en",
    include_drafts: bool = False,
    progress: Progress | None = None,
    created_by: str | None = None,
) -> GeneratedVersion:
    """Generate the meeting's pack into ``out`` and record it as a new draft version.

    Commits (see the module's docstring). Raises a UserError for anything the user
    can fix; on such an error either nothing was recorded or written, or (only
    :class:`DeliveryError`) the file was written and its version stays pending.
    """
    from briefing_app.services.files import check_target
    from briefing_app.services.pack import prepare_pack, write_pack

    target = check_target(out)  # before any work, and before a number is taken
    token = str(uuid.uuid4())
    with db.session() as session, session.begin():
        prepared = prepare_pack(
            session, meeting_ref, template, language, include_drafts, progress,
            version_token=token,
        )  # fmt: skip
        pv = record_version(session, prepared.content, prepared.template, created_by)
        version_id, number = pv.id, pv.number
    try:
        result = write_pack(prepared, target, progress)
    except BaseException:
        _withdraw(db, version_id)
        raise
    version = _confirm(db, version_id, number, result.sha256, result.path)
    return GeneratedVersion(result.path, version, result.content)


def _withdraw(db, version_id: int) -> None:
    """Delete a pending version whose file was certainly not written (the write failed
    before ``os.replace``, which removes the temporary file): no file carries its number.
    If even that fails, the version stays pending, which is safe too."""
    try:
        with db.session() as session, session.begin():
            pv = session.get(PackVersion, version_id)
            if pv is not None and pv.delivery == Delivery.PENDING.value:
                session.delete(pv)
    except Exception:  # the write's own error is what the user must see
        log.exception("could not withdraw pending pack version %s", version_id)


def _confirm(db, version_id: int, number: int, sha256: str, path: Path):
    """Mark the version delivered with the file's hash; DeliveryError when that fails."""
    try:
        with db.session() as session, session.begin():
            pv = session.get(PackVersion, version_id)
            pv.delivery = Delivery.DELIVERED
            pv.file_hash = sha256
            session.flush()
            return info(pv)
    except (UserError, OperationalError) as exc:  # disk full, locked by another program...
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0][:120]
        raise DeliveryError(
            f"{path}: written, but pack version {number} could not be marked delivered "
            f"({reason}); it stays listed as interrupted: generate the pack again"
        ) from exc
