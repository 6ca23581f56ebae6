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

A pack version is its content (``review/identity.py``): when the newest
version holds the same content, a pack in another language or format is
recorded as another **file** of that version (``pack_files``: language,
format, its own token, hash and delivery state), with the same three steps
for the file; the version's number does not change.

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

from briefing_app.db.models import PackFile, PackVersion
from briefing_app.domain.enums import Delivery
from briefing_app.errors import UserError
from briefing_app.services.review.versions import (
    GeneratedVersion,
    Progress,
    apply_review_state,
    info,
    next_number,
    record_file,
    record_version,
    reusable_version,
    version_and_approved_hash,
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
    file_format: str = "docx",
    bios: str | None = None,
) -> GeneratedVersion:
    """Generate the meeting's pack into ``out`` and record it: as a new draft version,
    or, when the newest version holds the same content (``review/identity.py``), as
    another file of that version (``file_format``: "docx", or "pdf" when ``out`` is
    the Word file a PDF is made of). ``bios``: whose biographies (default: the
    setting; services/pack/biographies.py).

    Commits (see the module's docstring). Raises a UserError for anything the user
    can fix; on such an error either nothing was recorded or written, or (only
    :class:`DeliveryError`) the file was written and its version stays pending.
    """
    from briefing_app.services.files import check_target
    from briefing_app.services.pack import prepare_pack

    target = check_target(out)  # before any work, and before a number is taken
    token = str(uuid.uuid4())
    with db.session() as session, session.begin():
        found: dict = {}

        def numbering(reader) -> int:  # the meeting is read once for identity and pack
            identity = reader.identity()
            same = reusable_version(session, reader.meeting_id, identity)
            found.update(identity=identity, same=same)
            return same.number if same else next_number(session, reader.meeting_id)

        def as_version(content) -> None:
            if found["same"] is not None:  # the review state of the version it is
                apply_review_state(content, found["same"])

        prepared = prepare_pack(
            session, meeting_ref, template, language, include_drafts, progress,
            version_token=token, before_render=as_version, bios=bios, numbering=numbering,
        )  # fmt: skip
        identity, same = found["identity"], found["same"]
        if same is None:
            pv = record_version(
                session, prepared.content, prepared.template, created_by,
                content_hash=identity, file_format=file_format,
            )  # fmt: skip
            pf = pv.files[0]
        else:
            pv, pf = same, record_file(session, same, prepared.content, file_format, created_by)
        version_id, number, file_id = pv.id, pv.number, pf.id
    return _write(db, prepared, target, progress, (version_id, number, file_id), same is not None)


def _write(db, prepared, target: Path, progress, ids: tuple[int, int, int], again: bool):
    """Steps 2 and 3: write the file; confirm it, or withdraw what step 1 recorded."""
    from briefing_app.services.pack import write_pack

    version_id, _number, file_id = ids
    try:
        result = write_pack(prepared, target, progress)
    except BaseException:
        _withdraw(db, file_id if again else version_id, PackFile if again else PackVersion)
        raise
    version = _confirm(db, ids, result.sha256, result.path)
    return GeneratedVersion(result.path, version, result.content, again)


def _withdraw(db, record_id: int, kind: type[PackVersion] | type[PackFile]) -> None:
    """Delete a pending version (with its file record), or a pending file record of an
    existing version, whose file was certainly not written (the write failed before
    ``os.replace``, which removes the temporary file): no file carries its token.
    If even that fails, the record stays pending, which is safe too."""
    try:
        with db.session() as session, session.begin():
            record = session.get(kind, record_id)
            if record is not None and record.delivery == Delivery.PENDING.value:
                session.delete(record)
    except Exception:  # the write's own error is what the user must see
        log.exception("could not withdraw pending %s %s", kind.__tablename__, record_id)


def _confirm(db, ids: tuple[int, int, int], sha256: str, path: Path):
    """Mark the file (and a new version) delivered with the file's hash; DeliveryError
    when that fails."""
    version_id, number, file_id = ids
    try:
        with db.session() as session, session.begin():
            pv, approved_hash = version_and_approved_hash(session, version_id)
            pf = session.get(PackFile, file_id)
            pf.delivery, pf.file_hash = Delivery.DELIVERED, sha256
            if pv.delivery == Delivery.PENDING.value:
                pv.delivery, pv.file_hash = Delivery.DELIVERED, sha256
            session.flush()
            return info(pv, approved_hash)
    except (UserError, OperationalError) as exc:  # disk full, locked by another program...
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0][:120]
        raise DeliveryError(
            f"{path}: written, but pack version {number} could not be marked delivered "
            f"({reason}); it stays listed as interrupted: generate the pack again"
        ) from exc
