"""The Word briefing pack: one call from the CLI, the GUI and tests.

:func:`generate_pack` reads the meeting (``content.build_pack_content``),
renders it from the Word template (``render.render_pack``) and writes the
file atomically. The content is plain data (``model.PackContent``), so a
stored snapshot can be rendered again without the database.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from briefing_app.services.bulk import bulk_work
from briefing_app.services.pack.model import PackContent

if TYPE_CHECKING:
    from briefing_app.services.pack.content import PackReader

__all__ = [
    "PackContent",
    "PackResult",
    "PreparedPack",
    "build_pack_content",
    "generate_pack",
    "prepare_pack",
    "render_pack",
    "write_pack",
]

Progress = Callable[[int, int, str], None]


@dataclass
class PackResult:
    """What generating a pack produced: the file, the content it shows, its hash."""

    path: Path
    content: PackContent
    sha256: str
    template: str = ""

    @property
    def cleaned(self) -> list[str]:
        """What text cleaning removed (tell the user)."""
        return self.content.cleaned


def build_pack_content(session: Session, meeting_id, language="en", include_drafts=False, **kw):
    """See :func:`briefing_app.services.pack.content.build_pack_content`."""
    from briefing_app.services.pack.content import build_pack_content as build

    return build(session, meeting_id, language, include_drafts, **kw)


def render_pack(content: PackContent, out_path, template=None) -> Path:
    """See :func:`briefing_app.services.pack.render.render_pack`."""
    from briefing_app.services.pack.render import render_pack as render

    return render(content, out_path, template)


@dataclass
class PreparedPack:
    """A pack rendered in memory but not yet written: its content, the filled-in
    Word document and the template it came from."""

    content: PackContent
    document: object
    template: str


def prepare_pack(
    session: Session,
    meeting_ref_or_id: int | str,
    template: str | Path | None = None,
    language: str = "en",
    include_drafts: bool = False,
    progress: Progress | None = None,
    *,
    version_token: str = "",
    pack_version: int | None = None,
    before_render: Callable[[PackContent], None] | None = None,
    bios: str | None = None,
    numbering: Callable[[PackReader], int] | None = None,
) -> PreparedPack:
    """Check the template, read the meeting and fill in the document (steps 0-2 of 4).

    Nothing is written, so a caller can record the pack (a version) before the file.
    ``version_token`` goes into the document's custom properties (see ``custom_props``);
    ``pack_version``: the number to print (default: see ``build_pack_content``);
    ``numbering(reader)``, when given, decides that number from the meeting as read
    (a ``content.PackReader``: its ``identity()`` is the content hash, computed from the
    same rows); ``before_render(content)`` may set the version's review state.
    ``bios``: whose biographies ("heads", "all", "none"; default: the setting).
    """
    from briefing_app.services.pack.content import PackReader, check_language
    from briefing_app.services.pack.render import render_document
    from briefing_app.services.pack.template import load_template, resolve_template
    from briefing_app.settings import Settings

    report = progress or (lambda done, total, message: None)
    settings = Settings.load()
    template = template or settings.pack_template or None
    report(0, 4, "checking the template")
    checked = load_template(template)  # fail fast, before reading the database
    with bulk_work():
        report(1, 4, "reading the meeting")
        check_language(language)
        reader = PackReader(
            session, meeting_ref_or_id, include_drafts, settings=settings, bios=bios
        )
        if numbering is not None:
            pack_version = numbering(reader)
        content = reader.content(language, pack_version)
        content.version_token = version_token
        if before_render is not None:
            before_render(content)
        report(2, 4, "filling in the template")
        document = render_document(content, checked)
    return PreparedPack(content, document, str(resolve_template(template)))


def write_pack(
    prepared: PreparedPack, out: str | Path, progress: Progress | None = None
) -> PackResult:
    """Save a prepared pack to ``out`` atomically (steps 3-4 of 4).

    The last progress call (which may raise to cancel) happens after the document is
    saved to the temporary file but BEFORE it replaces ``out``: a cancel never leaves
    a replaced file. The hash is of the bytes saved, not of whatever ``out`` is later.
    """
    from briefing_app.services.files import atomic_write, file_sha256

    report = progress or (lambda done, total, message: None)
    report(3, 4, "writing the file")
    saved: dict[str, str] = {}

    def write(tmp: Path) -> None:
        prepared.document.save(tmp)
        saved["sha256"] = file_sha256(tmp)
        report(4, 4, "done")

    path = atomic_write(out, write)
    return PackResult(path, prepared.content, saved["sha256"], prepared.template)


def generate_pack(
    session: Session,
    meeting_ref_or_id: int | str,
    out: str | Path,
    template: str | Path | None = None,
    language: str = "en",
    include_drafts: bool = False,
    progress: Progress | None = None,
    *,
    bios: str | None = None,
) -> PackResult:
    """Build the pack for a meeting (id or unique title part) and write it to ``out``.

    ``template`` defaults to the Settings' pack template, then the shipped one.
    ``progress(done, total, message)`` is called between steps; if it raises (a
    cancel), ``out`` is left as it was. Raises a UserError subclass (NotFoundError,
    TemplateError, TargetFileError) for anything the user can fix. Does not commit:
    the caller owns the session.
    """
    prepared = prepare_pack(
        session, meeting_ref_or_id, template, language, include_drafts, progress, bios=bios
    )
    return write_pack(prepared, out, progress)
