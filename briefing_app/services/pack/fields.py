"""Word XML the template cannot express, added after docxtpl filled it in.

- a bookmark on every Heading 1/2 and a contents (TOC) field whose result is
  filled with those headings, each a hyperlink with a PAGEREF field, exactly
  as Word writes it; so the contents shows before any update (LibreOffice
  computes the page references as it lays the document out);
- no ``w:updateFields`` in settings.xml (Word would ask "update the fields?" on
  opening): the contents' page numbers are computed instead (``pagination.py``);
- ``w:eastAsia`` fonts on runs holding Chinese text.
"""

from __future__ import annotations

import re
from copy import deepcopy
from dataclasses import dataclass
from itertools import chain

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

from briefing_app.services.pack.template import TemplateError

_HEADER_FOOTER = (RT.HEADER, RT.FOOTER)

EAST_ASIA_FONT = "SimSun"
_CJK = re.compile(
    "[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]"
)
_HEADING_NAMES = {"heading 1": 1, "heading 2": 2}
_W_T, _W_ANCHOR = qn("w:t"), qn("w:anchor")
_TOC_NAMES = {"toc 1": 1, "toc 2": 2}


@dataclass
class TocEntry:
    level: int
    text: str
    bookmark: str


def _style_ids(doc, wanted: dict[str, int]) -> dict[str, int]:
    """styleId -> level for styles whose (built-in) name is in ``wanted``; names are
    stable across Word languages while ids are not."""
    found = {}
    for style in doc.styles.element.iterchildren(qn("w:style")):
        name = style.find(qn("w:name"))
        level = wanted.get((name.get(qn("w:val")) if name is not None else "").casefold())
        if level:
            found[style.get(qn("w:styleId"))] = level
    return found


def _insert_first(parent, element, after: str) -> None:
    """Insert ``element`` as first child of ``parent``, but after its ``after`` child."""
    anchor = parent.find(qn(after))
    if anchor is not None:
        anchor.addnext(element)
    else:
        parent.insert(0, element)


def _paragraph_style(p) -> str | None:
    ppr = p.find(qn("w:pPr"))
    style = ppr.find(qn("w:pStyle")) if ppr is not None else None
    return style.get(qn("w:val")) if style is not None else None


def bookmark_headings(doc) -> list[TocEntry]:
    """Bookmark every non-empty Heading 1/2 paragraph; return them in order."""
    levels = _style_ids(doc, _HEADING_NAMES)
    if not levels:
        return []
    test = " or ".join(f'@w:val="{sid}"' for sid in levels)
    entries = []
    for p in doc.element.body.xpath(f"./w:p[w:pPr/w:pStyle[{test}]]"):
        level = levels.get(_paragraph_style(p))
        text = "".join(t.text or "" for t in p.iter(_W_T)).strip()
        if not text:
            continue
        name = f"_Toc{len(entries) + 1:09d}"
        start = OxmlElement(
            "w:bookmarkStart", {qn("w:id"): str(9000 + len(entries)), qn("w:name"): name}
        )
        end = OxmlElement("w:bookmarkEnd", {qn("w:id"): str(9000 + len(entries))})
        _insert_first(p, start, after="w:pPr")
        p.append(end)
        entries.append(TocEntry(level, text, name))
    return entries


def _run(*children, text: str | None = None):
    r = OxmlElement("w:r")
    for child in children:
        r.append(child)
    if text is not None:
        t = OxmlElement("w:t", {qn("xml:space"): "preserve"})
        t.text = text
        r.append(t)
    return r


def _fld(kind: str):
    return _run(OxmlElement("w:fldChar", {qn("w:fldCharType"): kind}))


def _instr(text: str):
    instr = OxmlElement("w:instrText", {qn("xml:space"): "preserve"})
    instr.text = f" {text} "
    return _run(instr)


def _find_toc(body, source: str = ""):
    """(paragraphs spanned by the TOC field, its instruction) or (None, None).

    A TOC field that never ends (a damaged template) is a :class:`TemplateError`:
    replacing its "span" would delete every paragraph after it, and Word would
    replace them with the contents when it updates the field."""
    for p in body.xpath("./w:p[descendant::w:instrText]"):
        instr = "".join(p.xpath(".//w:instrText/text()"))
        if instr.strip().upper().startswith("TOC"):
            depth, span = 0, []
            for q in chain((p,), p.itersiblings(qn("w:p"))):  # not a list of them all
                span.append(q)
                for fc in q.iter(qn("w:fldChar")):
                    kind = fc.get(qn("w:fldCharType"))
                    depth += 1 if kind == "begin" else -1 if kind == "end" else 0
                if depth <= 0:
                    return span, instr.strip()
            raise TemplateError(
                ["the contents (TOC) field never ends: recreate it in Word with "
                 "References > Table of Contents"], source
            )  # fmt: skip
    return None, None


def _entry_paragraph(entry: TocEntry, style_id: str | None, page: str = ""):
    p = OxmlElement("w:p")
    if style_id:
        ppr = OxmlElement("w:pPr")
        ppr.append(OxmlElement("w:pStyle", {qn("w:val"): style_id}))
        p.append(ppr)
    link = OxmlElement("w:hyperlink", {qn("w:anchor"): entry.bookmark, qn("w:history"): "1"})
    link.append(_run(text=entry.text))
    link.append(_run(OxmlElement("w:tab")))
    for child in (_fld("begin"), _instr(f"PAGEREF {entry.bookmark} \\h"), _fld("separate")):
        link.append(child)
    link.append(_run(text=page))
    link.append(_fld("end"))
    p.append(link)
    return p


def _entry_copy(entry: TocEntry, style_id: str | None, made: dict):
    """:func:`_entry_paragraph` for ``entry``, made as a copy of the first entry of
    the style with the texts and bookmark changed (hundreds of contents lines)."""
    first = made.get(style_id)
    if first is None:
        made[style_id] = first = _entry_paragraph(entry, style_id)
        return first
    p = deepcopy(first)
    link = p[-1]
    link.set(_W_ANCHOR, entry.bookmark)
    link[0][0].text = entry.text
    link[3][0].text = f" PAGEREF {entry.bookmark} \\h "
    return p


def fill_toc(doc, entries: list[TocEntry], source: str = "") -> bool:
    """Replace the TOC field's result with ``entries``; False when there is no TOC field.
    ``source`` names the template in the error raised for a TOC field that never ends.

    Each entry's PAGEREF result is the page number :mod:`.pagination` estimates:
    LibreOffice shows these cached results as they are, Word recomputes them."""
    span, instruction = _find_toc(doc.element.body, source)
    if not span:
        return False
    toc_styles = {level: sid for sid, level in _style_ids(doc, _TOC_NAMES).items()}
    fallback = _paragraph_style(span[0])
    made: dict[str | None, object] = {}  # an entry of each style, copied for the others
    new = [_entry_copy(e, toc_styles.get(e.level, fallback), made) for e in entries]
    if not new:
        new = [OxmlElement("w:p")]
    head = new[0]
    first_content = 1 if head.find(qn("w:pPr")) is not None else 0
    for offset, child in enumerate((_fld("begin"), _instr(instruction), _fld("separate"))):
        head.insert(first_content + offset, child)
    new[-1].append(_fld("end"))
    for p in new:
        span[0].addprevious(p)
    for p in span:
        p.getparent().remove(p)
    keep_entries_together(entries, new)
    _fill_page_numbers(doc, entries, new)
    return True


#: The most entries of the contents' last part (an "Annex" line and its entries) kept
#: on one page; a longer last part keeps only its last ``LAST_LINES_KEPT`` together.
LAST_PART_KEPT = 12
LAST_LINES_KEPT = 3


def keep_entries_together(entries: list[TocEntry], paragraphs) -> None:
    """Keep-with-next on contents lines, so that no page of the contents ends with a
    part's line without its first entry below it, nor begins with the last entry
    alone: the whole last part (up to :data:`LAST_PART_KEPT` lines) moves to the next
    page together, else its last :data:`LAST_LINES_KEPT` lines. Word and LibreOffice
    honour it, and so does the page-number estimate (``pagination.py``)."""
    count = min(len(entries), len(paragraphs))
    last_part = max((i for i in range(count) if entries[i].level == 1), default=0)
    if count - last_part > LAST_PART_KEPT:
        last_part = max(count - LAST_LINES_KEPT, 0)
    for i in range(count - 1):
        if i >= last_part or (entries[i].level == 1 and entries[i + 1].level > 1):
            _keep_next(paragraphs[i])


def _keep_next(p) -> None:
    """``<w:keepNext/>`` in the paragraph's properties (after its style, schema order)."""
    ppr = p.find(qn("w:pPr"))
    if ppr is None:
        ppr = OxmlElement("w:pPr")
        p.insert(0, ppr)
    if ppr.find(qn("w:keepNext")) is None:
        style = ppr.find(qn("w:pStyle"))
        keep = OxmlElement("w:keepNext")
        if style is not None:
            style.addnext(keep)
        else:
            ppr.insert(0, keep)


def _fill_page_numbers(doc, entries: list[TocEntry], paragraphs) -> None:
    """Write the estimated page of each entry into its PAGEREF result run."""
    from briefing_app.services.pack.pagination import heading_pages

    pages = heading_pages(doc)
    for entry, p in zip(entries, paragraphs, strict=False):
        texts = p.findall(f"{qn('w:hyperlink')}/{qn('w:r')}/{qn('w:t')}")
        if entry.bookmark in pages and texts:
            texts[-1].text = str(pages[entry.bookmark])


def drop_update_fields(doc) -> None:
    """No ``w:updateFields`` (a template may carry it): Word would ask every reader
    "update the fields?" on opening. The contents' page numbers are computed
    (``pagination.py``) and the PDF path has LibreOffice update them."""
    settings = doc.settings.element
    for element in settings.findall(qn("w:updateFields")):
        settings.remove(element)


_W_RPR, _W_RFONTS, _W_RSTYLE = qn("w:rPr"), qn("w:rFonts"), qn("w:rStyle")
_W_EAST_ASIA, _W_HINT = qn("w:eastAsia"), qn("w:hint")


def _set_east_asia(run) -> None:
    """``<w:rFonts w:eastAsia=.. w:hint="eastAsia"/>`` in the run's properties (kept in
    schema order: rPr first in the run, rFonts after an optional rStyle)."""
    rpr = run.find(_W_RPR)
    if rpr is None:
        rpr = run.makeelement(_W_RPR, {})
        run.insert(0, rpr)
    fonts = rpr.find(_W_RFONTS)
    if fonts is None:
        fonts = rpr.makeelement(_W_RFONTS, {})
        rpr.insert(1 if len(rpr) and rpr[0].tag == _W_RSTYLE else 0, fonts)
    fonts.set(_W_EAST_ASIA, EAST_ASIA_FONT)
    fonts.set(_W_HINT, "eastAsia")


def part_text(part) -> str:
    """All the text of a part (the body, a header), written out by lxml in C."""
    return etree.tostring(part, method="text", encoding=str)


def _parts(doc):
    """The body, then every header and footer part the document saves. Taken from the
    document part's relationships, not ``section.header``: docxtpl gives each filled-in
    header and footer a new part behind the same relationship, while python-docx's
    section objects may still answer the template's old, unsaved one."""
    yield doc.element.body
    for rel in doc.part.rels.values():
        if rel.reltype in _HEADER_FOOTER and not rel.is_external:
            yield rel.target_part.element


def mark_east_asian_runs(doc, body_text: str | None = None) -> int:
    """Set the East Asian font on every run containing Chinese text; return how many.
    ``body_text``: the body's text, when the caller has it (see :func:`part_text`)."""
    count = 0
    w_r, w_t = qn("w:r"), qn("w:t")
    body = doc.element.body
    for part in _parts(doc):
        # All the part's text at once (in C): parts without Chinese are not walked.
        text = body_text if part is body and body_text is not None else part_text(part)
        if not _CJK.search(text):
            continue
        for t in part.iter(w_t):
            text = t.text
            if text and not text.isascii() and _CJK.search(text):
                run = t.getparent()
                if run.tag == w_r:
                    _set_east_asia(run)
                    count += 1
    return count
