"""Work that runs in a child process (see ``workers.run_in_process``):
the Word pack, the participant list, the briefing set, and the pack preview's HTML.

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


#: Above this much HTML the pack is previewed one part at a time: Qt's rich
#: text engine lays a document out on the UI thread, and a 400-organization
#: pack (1.4 MB) took seconds.
WHOLE_PACK_LIMIT = 60_000


@dataclass(frozen=True)
class PreviewPages:
    """The pack preview: each part as a small HTML document, and the whole
    pack as one document when it is small enough to show at once."""

    parts: list[tuple[str, str]]
    whole: str | None
    #: sha256 -> image bytes of the biographies' photos (``preview_html.preview_photos``).
    photos: dict[str, bytes] = field(default_factory=dict)


def _connect(url: str, read_only: bool = False):
    """The child's own connection, with disk-full / read-only failures as UserErrors.

    ``read_only``: the app was opened read-only (another instance holds the
    writer lock), so the child opens the file with SQLite's ``mode=ro`` and
    cannot write under that lock either.
    """
    from briefing_app.db.session import connect, sqlite_path
    from briefing_app.services.environment import install_storage_errors

    path = sqlite_path(url) if read_only else None
    if path is not None:
        from briefing_app.services.lock import connect_read_only

        return connect_read_only(path)
    db = connect(url)
    install_storage_errors(db.engine)
    return db


def write_pack(
    url: str,
    meeting_id: int,
    out: str,
    language: str,
    drafts: bool,
    read_only: bool = False,
    bios: str | None = None,
    *,
    progress,
):
    """Generate the pack into ``out`` (.docx, or .pdf made by LibreOffice from it) and
    record it as a pack version (a file of the newest version when the content is the
    same: ``review/identity.py``). ``bios``: whose biographies (default: the setting).

    Read-only (``read_only``): the document is rendered but no version is recorded.
    """
    db = _connect(url, read_only)
    try:
        if read_only:

            def render(target):
                return _render_only(db, meeting_id, target, language, drafts, bios, progress)

            return _docx_or_pdf(out, render, ".docx", "pack", progress)
        from briefing_app.services.pdf import output_format
        from briefing_app.services.review.delivery import generate_version

        file_format = output_format(out, ".docx", "the briefing pack").lstrip(".")

        def write(target):  # the CLI's service: version and file are one outcome
            result = generate_version(
                db, meeting_id, target, language=language, include_drafts=drafts,
                progress=progress, file_format=file_format, bios=bios,
            )  # fmt: skip
            return ExportResult("pack", str(Path(result.path)), list(result.cleaned))

        return _docx_or_pdf(out, write, ".docx", "pack", progress)
    finally:
        db.dispose()


def _docx_or_pdf(out: str, write, native: str, kind: str, progress) -> ExportResult:
    """``write(out)``, or, for a .pdf ``out``, ``write`` into a ``native`` file beside it
    and the PDF made of that by LibreOffice (``services/pdf.py``; without LibreOffice a
    PdfError says how to get it). Any other extension is refused."""
    from briefing_app.services.pdf import make_pdf, output_format

    what = "the briefing pack" if kind == "pack" else "the participant list"
    if output_format(out, native, what) != "pdf":
        return write(out)

    def source(path: Path) -> ExportResult:
        written = write(str(path))
        progress(0, 0, "making the PDF with LibreOffice")
        return written

    written = make_pdf(out, source, native)
    return ExportResult(kind, str(Path(out).resolve()), written.notes)


def _render_only(db, meeting_id: int, out: str, language: str, drafts: bool, bios, progress):
    """The pack as a document only: nothing is written to the database."""
    from briefing_app.services.pack import generate_pack

    with db.session() as session:
        result = generate_pack(
            session, meeting_id, out, language=language, include_drafts=drafts,
            progress=progress, bios=bios,
        )  # fmt: skip
    return ExportResult("pack", str(Path(result.path)), list(result.cleaned))


def write_participants(
    url: str, meeting_id: int, out: str, language: str, read_only: bool = False, *, progress
):
    """Write the Excel participant list into ``out`` (.xlsx, or .pdf made of it)."""
    from briefing_app.domain.text import CleanReport
    from briefing_app.services.participants import export_participants

    db = _connect(url, read_only)
    report = CleanReport()

    def write(target):
        with db.session() as session:
            path = export_participants(
                session, meeting_id, target, progress, language=language, report=report
            )
        return ExportResult("participants", str(path), report.lines())

    try:
        return _docx_or_pdf(out, write, ".xlsx", "participants", progress)
    finally:
        db.dispose()


def write_briefing_set(
    url: str,
    meeting_id: int,
    folder: str,
    language: str,
    drafts: bool,
    pdf: bool,
    read_only: bool = False,
    bios: str | None = None,
    *,
    progress,
):
    """Pack and list into ``folder`` (the pack recorded as a version unless read-only),
    then PDF copies when asked; returns the BriefingSet."""
    from briefing_app.services.briefing_set import add_pdf_copies, write_documents

    db = _connect(url, read_only)
    try:
        written = write_documents(  # commits the pack's version itself (pending, delivered)
            db, meeting_id, folder, language, drafts,
            record=not read_only, with_pdf=pdf, progress=progress, bios=bios,
        )  # fmt: skip
    finally:
        db.dispose()
    return add_pdf_copies(written, progress) if pdf else written


def build_preview(
    url: str,
    meeting_id: int,
    language: str,
    drafts: bool,
    read_only: bool = False,
    bios: str | None = None,
    *,
    progress,
):
    """The pack content rendered as HTML pages for the in-app preview (``bios``: whose
    biographies, as the export panel says)."""
    from briefing_app.services.pack.content import build_pack_content
    from briefing_app.services.preview_html import preview_parts, preview_photos, wrap_html

    progress(0, 2, "")
    db = _connect(url, read_only)
    try:
        with db.session() as session:
            content = build_pack_content(session, meeting_id, language, drafts, bios=bios)
    finally:
        db.dispose()
    progress(1, 2, "")
    parts = preview_parts(content)
    size = sum(len(body) for _title, body in parts)
    whole = wrap_html(content, "".join(b for _t, b in parts)) if size <= WHOLE_PACK_LIMIT else None
    pages = [(t, wrap_html(content, b)) for t, b in parts]
    return PreviewPages(pages, whole, preview_photos(content))
