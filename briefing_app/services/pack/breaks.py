"""Page breaks that cannot leave a blank page.

A template starts a part on a new page with a paragraph holding only a page
break (after the cover, the "At a glance" page, the contents). When the page
before is filled to its last line, Word and LibreOffice put that paragraph on
the next page and break again: a blank page. So each such paragraph followed by
a paragraph is removed and the next paragraph gets "page break before"
(``w:pageBreakBefore``) instead, which breaks exactly once.
"""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

_BREAK_ONLY = (
    "./w:p[w:r/w:br[@w:type='page'] and not(w:r/w:t[normalize-space()])"
    " and not(.//w:drawing) and not(w:pPr/w:sectPr)]"
)


def breaks_before_next(doc) -> int:
    """Replace break-only body paragraphs that precede a paragraph by the next
    paragraph's ``pageBreakBefore``; the number replaced."""
    moved = 0
    for p in doc.element.body.xpath(_BREAK_ONLY):
        following = p.getnext()
        if following is None or following.tag != qn("w:p"):
            continue  # before a table: the break paragraph stays
        _break_before(following)
        p.getparent().remove(p)
        moved += 1
    return moved


def _break_before(p) -> None:
    ppr = p.find(qn("w:pPr"))
    if ppr is None:
        ppr = OxmlElement("w:pPr")
        p.insert(0, ppr)
    if ppr.find(qn("w:pageBreakBefore")) is not None:
        return
    flag = OxmlElement("w:pageBreakBefore")
    # Schema order: pStyle, keepNext, keepLines, pageBreakBefore, ...
    anchor = None
    for name in ("w:keepLines", "w:keepNext", "w:pStyle"):
        anchor = ppr.find(qn(name))
        if anchor is not None:
            break
    if anchor is not None:
        anchor.addnext(flag)
    else:
        ppr.insert(0, flag)
