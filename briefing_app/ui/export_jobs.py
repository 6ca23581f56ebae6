"""Export work that runs in a child process (see ``workers.run_in_process``).

Qt-free on purpose: the child imports only this module and the services it
calls. Each function takes the database URL and plain values, opens its own
connection, and returns an :class:`ExportResult`.
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


def _connect(url: str):
    from briefing_app.db.session import connect

    return connect(url)


def write_pack(url: str, meeting_id: int, out: str, language: str, drafts: bool, *, progress):
    """Generate the Word pack into ``out`` and record it as a new draft pack version."""
    from briefing_app.services.review.versions import generate_version

    db = _connect(url)
    try:
        with db.session() as session, session.begin():
            result = generate_version(
                session,
                meeting_id,
                out,
                language=language,
                include_drafts=drafts,
                progress=progress,
            )
        return ExportResult("pack", str(Path(result.path)), list(result.cleaned))
    finally:
        db.dispose()


def write_participants(url: str, meeting_id: int, out: str, language: str, *, progress):
    """Write the Excel participant list into ``out``."""
    from briefing_app.domain.text import CleanReport
    from briefing_app.services.participants import export_participants

    db = _connect(url)
    report = CleanReport()
    try:
        with db.session() as session:
            path = export_participants(
                session, meeting_id, out, progress, language=language, report=report
            )
        return ExportResult("participants", str(path), report.lines())
    finally:
        db.dispose()
