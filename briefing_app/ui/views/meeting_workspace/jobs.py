"""Worker jobs of the meeting workspace: plain functions run on the pool.

Each receives the Database (thread-safe engine and session factory), ids and
plain values, opens its own Session, and returns plain data — never an ORM
object. ``progress`` is the worker's reporter (it also raises Cancelled).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class ExportResult:
    """A file the workspace wrote, and anything the user should be told."""

    kind: str  # "pack" or "participants"
    path: str
    notes: list[str] = field(default_factory=list)


def export_pack_job(
    db, meeting_id: int, out: str, language: str, include_drafts: bool, *, progress
):
    """Write the Word pack (generate_pack) and return where it went."""
    from briefing_app.services.pack import generate_pack

    with db.session() as session, session.begin():
        result = generate_pack(
            session,
            meeting_id,
            out,
            language=language,
            include_drafts=include_drafts,
            progress=progress,
        )
    return ExportResult("pack", str(Path(result.path)), list(result.cleaned))


def export_participants_job(db, meeting_id: int, out: str, language: str, *, progress):
    """Write the Excel participant list and return where it went."""
    from briefing_app.domain.text import CleanReport
    from briefing_app.services.participants import export_participants

    report = CleanReport()
    with db.session() as session:
        path = export_participants(
            session, meeting_id, out, progress, language=language, report=report
        )
    return ExportResult("participants", str(path), report.lines())


def preview_import_job(db, meeting_id: int, path: str, *, progress):
    """Read an edited participant list and say what importing it would change."""
    from briefing_app.services.participants import preview_import

    progress(0, 1, "")
    with db.session() as session:
        return preview_import(session, meeting_id, path)


def apply_import_job(db, meeting_id: int, preview, *, progress):
    """Apply a previewed import in one transaction; returns the ApplyResult."""
    from briefing_app.services.participants import apply_import

    progress(0, 1, "")
    with db.session() as session, session.begin():
        return apply_import(session, meeting_id, preview)
