"""A short Word memo, "Changes since version N", from a :class:`Comparison`.

Written with python-docx (a memo has no template to restyle): a title, one
heading per area, one bullet per change; removed words struck through in
red, added words underlined in green. The file is written atomically.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from briefing_app.services.files import atomic_write
from briefing_app.services.pack.model import PackContent
from briefing_app.services.review.diff import AREA_TITLES, Comparison

_RED = RGBColor(0xA5, 0x00, 0x21)
_GREEN = RGBColor(0x1F, 0x6F, 0x2E)


def _change_paragraph(document, change) -> None:
    p = document.add_paragraph(style="List Bullet")
    p.add_run(f"{change.kind} ").bold = True
    p.add_run(f"“{change.subject}”")
    if change.words:
        p.add_run(f" ({change.detail}): " if change.detail else ": ")
        for index, seg in enumerate(change.words):
            if index:
                p.add_run(" ")
            run = p.add_run(seg.text)
            if seg.op == "delete":
                run.font.strike = True
                run.font.color.rgb = _RED
            elif seg.op == "insert":
                run.font.underline = True
                run.font.color.rgb = _GREEN
    elif change.detail:
        p.add_run(f": {change.detail}")


def build_memo(comparison: Comparison, snapshot: dict):
    """The memo as an unsaved python-docx Document; title, marking and office are
    those of the newer version's ``snapshot``."""
    content = PackContent.from_dict(snapshot or {})
    meeting_title, marking = content.cover.title, content.marking
    document = Document()
    normal = document.styles["Normal"]
    normal.font.size = Pt(10.5)
    normal.font.name = "Calibri"
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "SimSun")
    if marking:
        header = document.sections[0].header.paragraphs[0]
        header.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = header.add_run(marking)
        run.bold, run.font.size, run.font.color.rgb = True, Pt(9), _RED
    document.add_heading(f"Changes since version {comparison.old_number}", level=0)
    document.add_paragraph(
        f"{meeting_title}: briefing pack version {comparison.new_number} "
        f"compared with version {comparison.old_number}."
    )
    if not comparison.changes:
        document.add_paragraph("No changes to the content.")
    for area, changes in comparison.by_area():
        document.add_heading(AREA_TITLES[area], level=1)
        for change in changes:
            _change_paragraph(document, change)
    props = document.core_properties
    props.title = f"Changes since version {comparison.old_number}: {meeting_title}"
    props.author = props.last_modified_by = content.office or "Briefing App"
    props.created = props.modified = datetime.now(UTC).replace(microsecond=0)
    props.revision = 1
    props.comments = props.keywords = ""
    props.content_status = marking
    return document


def write_memo(comparison: Comparison, snapshot: dict, out: str | Path) -> Path:
    """Write the memo to ``out`` (atomically); return the path."""
    document = build_memo(comparison, snapshot)
    return atomic_write(out, lambda tmp: document.save(str(tmp)))
