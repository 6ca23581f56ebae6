"""Worker jobs of the meeting workspace: plain functions run on the pool.

Each receives the Database (thread-safe engine and session factory), ids and
plain values, opens its own Session, and returns plain data — never an ORM
object. The exports, CPU-bound, run in a child process (``ui/export_jobs.py``)
so they do not compete with the UI thread for Python's GIL. ``progress`` is
the worker's reporter (it also raises Cancelled).
"""

from __future__ import annotations

from briefing_app.ui.export_jobs import ExportResult
from briefing_app.ui.workers import run_in_process

__all__ = [
    "ExportResult",
    "apply_import_job",
    "briefing_set_job",
    "export_pack_job",
    "export_participants_job",
    "preview_import_job",
]


def export_pack_job(
    db,
    meeting_id: int,
    out: str,
    language: str,
    include_drafts: bool,
    read_only: bool = False,
    bios: str | None = None,
    *,
    progress,
):
    """Write the Word pack in a child process (no GIL contention with the UI).

    ``read_only``: the database is open read-only; the pack is written without
    recording a pack version (the child opens the file with ``mode=ro``).
    """
    return run_in_process(
        "briefing_app.ui.export_jobs:write_pack",
        db.url,
        meeting_id,
        out,
        language,
        include_drafts,
        read_only,
        bios,
        progress=progress,
    )


def export_participants_job(
    db, meeting_id: int, out: str, language: str, read_only: bool = False, *, progress
):
    """Write the Excel participant list in a child process (``mode=ro`` when read-only)."""
    return run_in_process(
        "briefing_app.ui.export_jobs:write_participants",
        db.url,
        meeting_id,
        out,
        language,
        read_only,
        progress=progress,
    )


def briefing_set_job(
    db,
    meeting_id: int,
    folder: str,
    language: str,
    include_drafts: bool,
    pdf: bool,
    read_only: bool = False,
    bios: str | None = None,
    *,
    progress,
):
    """Write the briefing set (pack, list, PDF copies) in a child process."""
    return run_in_process(
        "briefing_app.ui.export_jobs:write_briefing_set",
        db.url,
        meeting_id,
        folder,
        language,
        include_drafts,
        pdf,
        read_only,
        bios,
        progress=progress,
    )


def preview_import_job(db, meeting_id: int, path: str, *, progress):
    """Read an edited participant list and say what importing it would change."""
    from briefing_app.services.participants import preview_import

    progress(0, 1, "")
    with db.session() as session:
        return preview_import(session, meeting_id, path)


def apply_import_job(db, meeting_id: int, preview, *, progress):
    """Apply a previewed import in one transaction; returns the ApplyResult."""
    from briefing_app.services.backup import backup_before
    from briefing_app.services.participants import apply_import

    progress(0, 1, "")
    backup_before("import", db)
    with db.session() as session, session.begin():
        return apply_import(session, meeting_id, preview)
