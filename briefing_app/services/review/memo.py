"""A short Word memo, "Changes since version N", from a :class:`Comparison`.

Written with python-docx (a memo has no template to restyle): a title, one
heading per area, one bullet per change; removed words struck through in
red, added words underlined in green. It reads in the language of the pack
version it describes (the words come from :mod:`.diff_labels`). The file is
written atomically.
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
from briefing_app.services.review.diff import Comparison, gap
from briefing_app.services.review.diff_labels import area_title, describe, label

_RED = RGBColor(0xA5, 0x00, 0x21)
_GREEN = RGBColor(0x1F, 0x6F, 0x2E)


def _change_paragraph(document, change, language: str) -> None:
    wording = describe(change, language)
    p = document.add_paragraph(style="List Bullet")
    p.add_run(wording.verb).bold = True
    p.add_run(f"{wording.gap}{wording.subject}{wording.tail}")
    if wording.words:
        shown = [seg for seg in wording.words if seg.text]
        for index, seg in enumerate(shown):
            if index:
                p.add_run(gap(shown[index - 1].text, seg.text))
            run = p.add_run(seg.text)
            if seg.op == "delete":
                run.font.strike = True
                run.font.color.rgb = _RED
            elif seg.op == "insert":
                run.font.underline = True
                run.font.color.rgb = _GREEN


def _new_document(marking: str):
    """An empty document: body font (with an East Asian one for Chinese), the marking
    in the header."""
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
    return document


def build_memo(comparison: Comparison, snapshot: dict, language: str | None = None):
    """The memo as an unsaved python-docx Document; title, marking, office and (unless
    ``language`` is given) language are those of the newer version's ``snapshot``."""
    content = PackContent.from_dict(snapshot or {})
    meeting_title, marking = content.cover.title, content.marking
    language = "zh" if (language or content.language) == "zh" else "en"  # "both": English
    old, new = comparison.old_number, comparison.new_number
    document = _new_document(marking)
    title = label("memo_title", language, old=old)
    document.add_heading(title, level=0)
    document.add_paragraph(label("memo_intro", language, meeting=meeting_title, new=new, old=old))
    if not comparison.changes:
        document.add_paragraph(label("no_changes", language))
    for area, changes in comparison.by_area():
        document.add_heading(area_title(area, language), level=1)
        for change in changes:
            _change_paragraph(document, change, language)
    props = document.core_properties
    props.title = label("memo_property", language, title=title, meeting=meeting_title)
    props.author = props.last_modified_by = content.office_line() or "Briefing App"
    props.created = props.modified = datetime.now(UTC).replace(microsecond=0)
    props.revision = 1
    props.comments = props.keywords = ""
    props.content_status = marking
    return document


def write_memo(
    comparison: Comparison, snapshot: dict, out: str | Path, language: str | None = None
) -> Path:
    """Write the memo to ``out`` (atomically); return the path."""
    document = build_memo(comparison, snapshot, language)
    return atomic_write(out, lambda tmp: document.save(str(tmp)))
