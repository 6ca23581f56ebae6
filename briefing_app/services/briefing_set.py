"""The briefing set: a meeting's Word pack and Excel participant list (and PDF
copies of both when LibreOffice is installed) written into one folder, under
names taken from the meeting ("2022-03-23 Roundtable 2022 - briefing pack.docx").

The pack goes through the same service as every pack export
(``review.delivery.generate_version``), so it is recorded as the meeting's next
pack version, once, and its number and file are one outcome. That service
commits (pending, then delivered), so :func:`write_documents` takes the
``Database`` and opens its own short transactions; :func:`add_pdf_copies`
needs no database and runs afterwards, so LibreOffice's seconds do not hold
the database's write lock.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from briefing_app.errors import TargetFileError
from briefing_app.services.meetings import find_meeting

Progress = Callable[..., None]

#: Longest title part of a file name (the whole name stays well under 255 bytes).
TITLE_CHARS = 60

#: Progress of the whole set, out of 100: (pack, list, PDF copies) as end points.
_STEPS_WITH_PDF = (45, 60, 100)
_STEPS_WITHOUT_PDF = (75, 100, 100)


@dataclass(frozen=True)
class BriefingSet:
    """What was written, as plain data (safe to hand to the GUI thread)."""

    folder: Path
    pack: Path
    participants: Path
    #: The pack version recorded for this pack (None: read-only, nothing recorded).
    version: int | None
    pdfs: list[Path] = field(default_factory=list)
    #: Why there are no PDF copies ("" when there are, or none were asked for).
    pdf_note: str = ""
    #: No PDF copies because LibreOffice is not installed (the GUI says so in its language).
    office_missing: bool = False
    #: What text cleaning changed (tell the user).
    notes: list[str] = field(default_factory=list)

    @property
    def files(self) -> list[Path]:
        return [self.pack, self.participants, *self.pdfs]


def file_stem(title: str, starts_at: datetime | None) -> str:
    """ "<date> <short title>" with only characters every file system accepts."""
    text = re.sub(r'[<>:"/\\|?*\x00-\x1f\x7f]+', " ", title or "")
    text = " ".join(text.split()).strip(" .")
    if len(text) > TITLE_CHARS:
        text = text[:TITLE_CHARS].rstrip(" .-") + "…"
    text = text or "meeting"
    return f"{starts_at:%Y-%m-%d} {text}" if starts_at else text


def target_paths(folder: str | Path, stem: str) -> dict[str, Path]:
    """Where each document of the set goes ("pack", "participants", and their PDFs)."""
    folder = Path(folder).expanduser()
    pack, participants = folder / f"{stem} - briefing pack", folder / f"{stem} - participants"
    return {
        "pack": pack.with_name(pack.name + ".docx"),
        "participants": participants.with_name(participants.name + ".xlsx"),
        "pack_pdf": pack.with_name(pack.name + ".pdf"),
        "participants_pdf": participants.with_name(participants.name + ".pdf"),
    }


def _check_folder(folder: Path) -> None:
    if not folder.is_dir():
        raise TargetFileError(f"cannot write the briefing set: folder {folder} does not exist")


def _part(progress: Progress | None, start: int, end: int) -> Progress:
    """A progress callback mapping a step's own (done, total) onto start..end of 100."""

    def report(done=None, total=None, message: str = "") -> None:
        if progress is None:
            return
        if isinstance(done, int | float) and isinstance(total, int | float) and total > 0:
            at = start + (end - start) * min(max(done / total, 0.0), 1.0)
        else:
            at = start
        progress(round(at), 100, message if isinstance(message, str) else "")

    return report


def write_documents(
    db,
    meeting_ref: int | str,
    folder: str | Path,
    language: str = "en",
    include_drafts: bool = False,
    *,
    record: bool = True,
    with_pdf: bool = False,
    progress: Progress | None = None,
    bios: str | None = None,
) -> BriefingSet:
    """Write the pack and the participant list into ``folder``; record the pack version.

    ``record=False`` (a read-only database): the pack is rendered, nothing is
    recorded. ``with_pdf`` only scales the progress (PDF copies come next).
    ``bios``: whose biographies the pack has (default: the setting).
    """
    from briefing_app.domain.text import CleanReport
    from briefing_app.services.participants import export_participants

    folder = Path(folder).expanduser().resolve()
    _check_folder(folder)
    with db.session() as session:
        meeting = find_meeting(session, meeting_ref)
        meeting_id, stem = meeting.id, file_stem(meeting.title, meeting.starts_at)
    paths = target_paths(folder, stem)
    pack_end, list_end, _ = _STEPS_WITH_PDF if with_pdf else _STEPS_WITHOUT_PDF
    pack_progress = _part(progress, 0, pack_end)
    pack, version, notes = _write_pack(
        db, meeting_id, paths["pack"], language, include_drafts, record, pack_progress, bios
    )
    report = CleanReport()
    with db.session() as session:
        participants = export_participants(
            session,
            meeting_id,
            paths["participants"],
            _part(progress, pack_end, list_end),
            language=language,
            report=report,
        )
    return BriefingSet(folder, pack, participants, version, notes=[*notes, *report.lines()])


def _write_pack(db, meeting_id, out, language, include_drafts, record, progress, bios):
    """(path, version number or None, cleaning notes) of the pack written to ``out``."""
    if record:
        from briefing_app.services.review.delivery import generate_version

        made = generate_version(
            db, meeting_id, out, language=language, include_drafts=include_drafts,
            progress=progress, bios=bios,
        )  # fmt: skip
        return made.path, made.version.number, list(made.cleaned)
    from briefing_app.services.pack import generate_pack

    with db.session() as session:
        result = generate_pack(
            session, meeting_id, out, language=language, include_drafts=include_drafts,
            progress=progress, bios=bios,
        )  # fmt: skip
    return result.path, None, list(result.cleaned)


def add_pdf_copies(written: BriefingSet, progress: Progress | None = None) -> BriefingSet:
    """PDF copies of the set's pack and list beside them; when LibreOffice is missing
    (or fails), the set without them and ``pdf_note`` saying why."""
    from briefing_app.services import pdf

    office = pdf.find_office()
    if office is None:
        return replace(written, pdf_note=pdf.NOT_AVAILABLE, office_missing=True)
    report = _part(progress, _STEPS_WITH_PDF[1], 100)
    report(0, 1, "PDF copies")
    paths = target_paths(written.folder, written.pack.name.removesuffix(" - briefing pack.docx"))
    pairs = [(written.pack, paths["pack_pdf"]), (written.participants, paths["participants_pdf"])]
    try:
        made = pdf.convert_to_pdf(pairs, office)
    except pdf.PdfError as exc:
        return replace(written, pdf_note=str(exc))
    report(1, 1, "")
    return replace(written, pdfs=made)
