"""Right-to-left text in the pack: paragraphs in Arabic or Hebrew (an
organization's own name, for one) are laid out right to left, as Word does
for text typed in those languages: ``w:bidi`` on the paragraph (so it starts
at the right margin) and ``w:rtl`` on its runs (complex-script font and
ordering), with the language tag where the content gives one."""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

from briefing_app.domain.names import RIGHT_TO_LEFT_BLOCKS, is_right_to_left, script_of
from briefing_app.services.pack.model import PackContent

_RTL_LANGS = {"arabic": "ar-SA", "hebrew": "he-IL"}


def _text(p) -> str:
    return "".join(t.text or "" for t in p.iter(qn("w:t")))


#: Children of w:pPr / w:rPr that the schema puts after w:bidi / w:rtl / w:lang.
_AFTER_BIDI = (
    "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents",
    "suppressOverlap", "jc", "textDirection", "textAlignment", "textboxTightWrap",
    "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange",
)  # fmt: skip
_AFTER_RTL = ("cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath")
_AFTER_LANG = ("eastAsianLayout", "specVanish", "oMath")


def _child(parent, tag: str, later: tuple[str, ...]):
    """``parent``'s ``w:tag``, inserted in schema order (before any of ``later``) if missing."""
    found = parent.find(qn(f"w:{tag}"))
    if found is not None:
        return found
    element = OxmlElement(f"w:{tag}")
    anchor = next((c for c in parent if c.tag in {qn(f"w:{t}") for t in later}), None)
    if anchor is not None:
        anchor.addprevious(element)
    else:
        parent.append(element)
    return element


def _mark_paragraph(p, lang: str) -> None:
    ppr = p.find(qn("w:pPr"))
    if ppr is None:
        ppr = OxmlElement("w:pPr")
        p.insert(0, ppr)
    _child(ppr, "bidi", _AFTER_BIDI)
    for run in p.iter(qn("w:r")):
        rpr = run.find(qn("w:rPr"))
        if rpr is None:
            rpr = OxmlElement("w:rPr")
            run.insert(0, rpr)
        _child(rpr, "rtl", _AFTER_RTL)
        _child(rpr, "lang", _AFTER_LANG).set(qn("w:bidi"), lang)


def mark_right_to_left(doc, content: PackContent, body_text: str | None = None) -> int:
    """Lay out every body paragraph written in a right-to-left script right to left;
    returns how many. Language tags come from the organizations' ``native_lang``.
    ``body_text``: the body's text, when the caller has it (``fields.part_text``)."""
    body = doc.element.body
    # One look at all the text (in C) first: most packs have none, and asking every
    # paragraph costs a walk over tens of thousands of them.
    if body_text is None:
        body_text = etree.tostring(body, method="text", encoding=str)
    if not RIGHT_TO_LEFT_BLOCKS.search(body_text):
        return 0
    tags = {o.native_name: o.native_lang for o in content.organizations if o.native_name}
    count = 0
    for p in body.iter(qn("w:p")):
        text = _text(p).strip()
        if not text or not is_right_to_left(text):
            continue
        _mark_paragraph(p, tags.get(text) or _RTL_LANGS.get(str(script_of(text)), "ar-SA"))
        count += 1
    return count
