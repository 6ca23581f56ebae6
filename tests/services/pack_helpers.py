"""Helpers for the pack tests: reading a generated .docx back."""

from __future__ import annotations

import re
import zipfile

import docx
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn

from briefing_app.paths import default_pack_template

CJK = re.compile("[\u4e00-\u9fff]")


def headings(document, level: int) -> list[str]:
    """Texts of the paragraphs in built-in style "Heading <level>", in order."""
    return [p.text for p in document.paragraphs if p.style.name == f"Heading {level}"]


def section_texts(document) -> list[tuple[str, str]]:
    """(style name, text) of every body paragraph, table cells included, in order."""
    out = []
    for block in document.element.body.iterchildren():
        if block.tag == qn("w:p"):
            p = docx.text.paragraph.Paragraph(block, document)
            out.append((p.style.name, p.text))
        elif block.tag == qn("w:tbl"):
            for t in block.iter(qn("w:t")):
                out.append(("table", t.text or ""))
    return out


def org_blocks(document) -> dict[str, list[str]]:
    """Texts under each Heading 2 of the 'organizations' Heading 1 section."""
    blocks: dict[str, list[str]] = {}
    current = None
    inside = False
    for style, text in section_texts(document):
        if style == "Heading 1":
            inside = text.startswith(("Participating organizations", "与会单位"))
            current = None
            continue
        if inside and style == "Heading 2":
            current = text
            blocks[current] = []
        elif inside and current is not None:
            blocks[current].append(text)
    return blocks


def zip_text(path) -> str:
    with zipfile.ZipFile(path) as zf:
        return "\n".join(zf.read(n).decode("utf-8", "replace") for n in zf.namelist())


def toc_page_numbers(document) -> list[tuple[str, int]]:
    """(entry text, cached PAGEREF result) of each line of the contents field."""
    out = []
    for link in document.element.body.iter(qn("w:hyperlink")):
        texts = link.findall(f"{qn('w:r')}/{qn('w:t')}")
        if len(texts) >= 2 and texts[-1].text.isdigit():
            out.append((texts[0].text, int(texts[-1].text)))
        elif texts:
            out.append((texts[0].text, 0))
    return out


def template_with_a_page_per_profile(tmp_path):
    """The shipped template with a page break before every profile but the first, as an
    office would add it in Word."""
    document = docx.Document(str(default_pack_template()))
    heading = next(p for p in document.paragraphs if p.text == "{{ org.name }}")
    for text in ("{%p if not loop.first %}", None, "{%p endif %}"):
        paragraph = heading.insert_paragraph_before(text)
        if text is None:
            paragraph.add_run().add_break(WD_BREAK.PAGE)
    path = tmp_path / "page-per-profile.docx"
    document.save(str(path))
    return path
