"""Build ``templates/pack.docx``, the Word template briefing packs are rendered from.

Run ``.venv/bin/python templates/make_pack_template.py`` after changing this
script. The result is an ordinary .docx: staff open it in Word, change fonts,
colours, logo or letterhead (Modify Style), and the next pack follows. The
``{{ ... }}`` / ``{%p ... %}`` tags are docxtpl's Jinja; the names they may use
are listed in docs/pack.md. Headings use Word's built-in Heading 1/2 styles;
the contents page is a real TOC field the renderer fills in.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

NAVY = RGBColor(0x1F, 0x38, 0x64)
ACCENT = RGBColor(0x2E, 0x55, 0x97)
GREY = RGBColor(0x59, 0x59, 0x59)
MARK = RGBColor(0xA5, 0x00, 0x21)
LATIN_FONT = "Calibri"
EAST_ASIA_FONT = "SimSun"
OUT = Path(__file__).resolve().parent / "pack.docx"


# --- styles ------------------------------------------------------------------


def _fonts(style, size: float, bold: bool = False, color: RGBColor | None = None) -> None:
    font = style.font
    font.name = LATIN_FONT
    font.size = Pt(size)
    font.bold = bold
    if color is not None:
        font.color.rgb = color
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(attr), None)
    rfonts.set(qn("w:eastAsia"), EAST_ASIA_FONT)


def _spacing(style, before: float = 0, after: float = 6, keep_next: bool = False) -> None:
    fmt = style.paragraph_format
    fmt.space_before = Pt(before)
    fmt.space_after = Pt(after)
    fmt.keep_with_next = keep_next


def _para_style(doc, name: str, base: str = "Normal"):
    styles = doc.styles
    style = styles[name] if name in [s.name for s in styles] else None
    if style is None:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles[base]
        style.quick_style = True
    return style


def _defaults(doc) -> None:
    """Document defaults: Latin and East Asian fonts, Chinese as the East Asian language."""
    rpr_default = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault"))
    rpr = rpr_default.find(qn("w:rPr"))
    rfonts = rpr.find(qn("w:rFonts"))
    for attr in list(rfonts.attrib):
        del rfonts.attrib[attr]
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        rfonts.set(qn(attr), LATIN_FONT)
    rfonts.set(qn("w:eastAsia"), EAST_ASIA_FONT)
    lang = rpr.find(qn("w:lang"))
    if lang is not None:
        lang.set(qn("w:eastAsia"), "zh-CN")


def define_styles(doc) -> None:
    _defaults(doc)
    normal = doc.styles["Normal"]
    _fonts(normal, 10.5)
    _spacing(normal, 0, 6)
    normal.paragraph_format.line_spacing = 1.15
    _fonts(doc.styles["Title"], 26, True, NAVY)
    _spacing(doc.styles["Title"], 0, 8)
    title_ppr = doc.styles["Title"].element.get_or_add_pPr()
    border = title_ppr.find(qn("w:pBdr"))
    if border is not None:
        title_ppr.remove(border)
    _fonts(doc.styles["Subtitle"], 16, False, ACCENT)
    doc.styles["Subtitle"].font.italic = False
    _spacing(doc.styles["Subtitle"], 0, 18)
    h1 = doc.styles["Heading 1"]
    _fonts(h1, 17, True, NAVY)
    _spacing(h1, 0, 14, keep_next=True)
    # Parts flow: a new page only before the major parts (after the contents, before
    # the organization profiles and the annex), set on those headings below.
    h1.paragraph_format.page_break_before = False
    h2 = doc.styles["Heading 2"]
    _fonts(h2, 13.5, True, ACCENT)
    _spacing(h2, 14, 4, keep_next=True)
    toc_heading = doc.styles["TOC Heading"]
    _fonts(toc_heading, 17, True, NAVY)
    _spacing(toc_heading, 0, 14, keep_next=True)
    for level, indent in ((1, 0), (2, 0.6)):
        style = _para_style(doc, f"TOC {level}")
        _fonts(style, 11 if level == 1 else 10.5, level == 1)
        # Tight enough that the demo's 32 entries fit one page in Chinese too (a
        # Chinese line is taller), where 3 pt after each line left one on a page of its own.
        _spacing(style, 5 if level == 1 else 0, 2 if level == 1 else 1)
        style.paragraph_format.left_indent = Cm(indent)
        style.paragraph_format.tab_stops.add_tab_stop(
            Cm(16.6), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
        )
    label = _para_style(doc, "Pack Label")
    _fonts(label, 10, True, ACCENT)
    label.font.all_caps = True
    _spacing(label, 12, 3, keep_next=True)
    meta = _para_style(doc, "Pack Meta")
    _fonts(meta, 9.5, False, GREY)
    _spacing(meta, 0, 8)
    kicker = _para_style(doc, "Pack Kicker")
    _fonts(kicker, 12, True, ACCENT)
    kicker.font.all_caps = True
    _spacing(kicker, 96, 10)
    entry = _para_style(doc, "Pack Entry")
    _fonts(entry, 10.5, True, NAVY)
    _spacing(entry, 8, 2, keep_next=True)
    body = _para_style(doc, "Pack Indented")
    body.paragraph_format.left_indent = Cm(0.6)
    _spacing(body, 0, 4)
    marking = _para_style(doc, "Pack Marking")
    _fonts(marking, 9, True, MARK)
    marking.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _spacing(marking, 0, 0)
    cell = _para_style(doc, "Pack Table Text")
    _fonts(cell, 9.5)
    _spacing(cell, 1, 1)
    cell.paragraph_format.line_spacing = 1.0
    letterhead = _para_style(doc, "Pack Letterhead")
    _fonts(letterhead, 15, True, NAVY)
    _spacing(letterhead, 0, 0)
    page_title = _para_style(doc, "Pack Page Title")
    _fonts(page_title, 17, True, NAVY)
    _spacing(page_title, 0, 10, keep_next=True)
    draft = doc.styles.add_style("Pack Draft Mark", WD_STYLE_TYPE.CHARACTER)
    draft.font.bold = True
    draft.font.color.rgb = MARK
    doc.styles.element.append(_table_style())


def _table_style():
    """'Pack Table': thin grey rules, a shaded bold header row, cell padding."""
    edge = '<w:{0} w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>'
    borders = "".join(edge.format(e) for e in ("top", "left", "bottom", "right"))
    inner = "".join(edge.format(e) for e in ("insideH", "insideV"))
    return parse_xml(
        f'<w:style {nsdecls("w")} w:type="table" w:customStyle="1" w:styleId="PackTable">'
        '<w:name w:val="Pack Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/>'
        "<w:qFormat/>"
        '<w:pPr><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/></w:pPr>'
        '<w:rPr><w:sz w:val="19"/></w:rPr>'
        f"<w:tblPr><w:tblBorders>{borders}{inner}</w:tblBorders>"
        '<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="90" w:type="dxa"/>'
        '<w:bottom w:w="40" w:type="dxa"/><w:right w:w="90" w:type="dxa"/></w:tblCellMar>'
        "</w:tblPr>"
        '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:color w:val="FFFFFF"/></w:rPr>'
        '<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="1F3864"/></w:tcPr>'
        "</w:tblStylePr></w:style>"
    )


# --- building blocks ------------------------------------------------------------


def _field(paragraph, instruction: str, placeholder: str = "1") -> None:
    """A complex field (PAGE, NUMPAGES...) with a cached result."""
    run = paragraph.add_run()
    run._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>'))
    run = paragraph.add_run()
    instr = parse_xml(
        f'<w:instrText {nsdecls("w")} xml:space="preserve"> {instruction} </w:instrText>'
    )
    run._r.append(instr)
    run = paragraph.add_run()
    run._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>'))
    paragraph.add_run(placeholder)
    run = paragraph.add_run()
    run._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))


def _page_break(doc) -> None:
    """A page break in a paragraph one point high: a page filled to the last line (a
    long contents, a full "At a glance") does not push it onto a page of its own,
    which would leave a blank page."""
    paragraph = doc.add_paragraph()
    fmt = paragraph.paragraph_format
    fmt.space_before = fmt.space_after = Pt(0)
    fmt.line_spacing = Pt(1)
    run = paragraph.add_run()
    run.font.size = Pt(1)
    run.add_break(WD_BREAK.PAGE)


def _tag(doc, text: str) -> None:
    """A paragraph holding only a docxtpl paragraph tag such as ``{%p if x %}``."""
    doc.add_paragraph(text)


def _paragraphs(doc, items: str, style: str | None = None, var: str = "para") -> None:
    _tag(doc, f"{{%p for {var} in {items} %}}")
    doc.add_paragraph(f"{{{{ {var} }}}}", style=style)
    _tag(doc, "{%p endfor %}")


def _table(doc, headers: list[str], cells: list[str], loop: str, widths: list[float]):
    """A 'Pack Table' with a repeating header row and one row per item of ``loop``."""
    table = doc.add_table(rows=4, cols=len(headers))
    table.style = doc.styles["Pack Table"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    rows = table.rows
    for col, text in enumerate(headers):
        rows[0].cells[col].text = text
    header_pr = rows[0]._tr.get_or_add_trPr()
    header_pr.append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))
    rows[1].cells[0].text = f"{{%tr for {loop} %}}"
    for col, text in enumerate(cells):
        rows[2].cells[col].text = text
    rows[2]._tr.get_or_add_trPr().append(parse_xml(f"<w:cantSplit {nsdecls('w')}/>"))
    rows[3].cells[0].text = "{%tr endfor %}"
    _widths(table, widths)
    for row in rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                p.style = doc.styles["Pack Table Text"]
    return table


def _widths(table, widths: list[float]) -> None:
    """Fixed column widths (grid and cells) so Word and LibreOffice agree."""
    table.autofit = False
    for col, width in zip(table._tbl.tblGrid.iterchildren(qn("w:gridCol")), widths, strict=True):
        col.set(qn("w:w"), str(Cm(width).twips))
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Cm(width)


def _talking_point(doc, var: str = "tp", show_priorities: bool = False) -> None:
    """Numbered talking point title (DRAFT mark when a draft), its paragraphs, priorities."""
    title = doc.add_paragraph(style="Pack Entry")
    title.add_run("{{ loop.index }}. ")
    title.add_run(f"{{% if {var}.draft %}}[{{{{ L.draft }}}}] {{% endif %}}", "Pack Draft Mark")
    title.add_run(f"{{{{ {var}.title }}}}")
    _paragraphs(doc, f"{var}.text", "Pack Indented")
    if show_priorities:
        _tag(doc, f"{{%p if {var}.priorities %}}")
        meta = doc.add_paragraph(style="Pack Meta")
        meta.paragraph_format.left_indent = Cm(0.6)
        meta.add_run(
            f'{{{{ L.also_serves }}}}{{{{ L.colon }}}}{{{{ {var}.priorities|join(", ") }}}}'
        )
        _tag(doc, "{%p endif %}")


# --- the document -----------------------------------------------------------------


def page_setup(doc) -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin, section.bottom_margin = Cm(2.4), Cm(2.2)
    section.header_distance = section.footer_distance = Cm(1.0)
    header = section.header.paragraphs[0]
    header.style = doc.styles["Pack Marking"]
    header.text = "{% if draft %}{{ L.draft }} · {% endif %}{{ marking }}"
    footer = section.footer.paragraphs[0]
    footer.style = doc.styles["Pack Meta"]
    footer.paragraph_format.space_after = Pt(0)
    footer.paragraph_format.tab_stops.add_tab_stop(Cm(16.6), WD_TAB_ALIGNMENT.RIGHT)
    footer.add_run("{{ marking }}").bold = True
    footer.add_run("\t{{ L.page_before }}")
    _field(footer, "PAGE")
    footer.add_run("{{ L.page_middle }}")
    _field(footer, "NUMPAGES")
    footer.add_run("{{ L.page_after }}")


def cover(doc) -> None:
    """Letterhead, title, when and where, then the document block (reference, version and
    date, prepared and cleared by). The marking and DRAFT are in the header and footer."""
    _letterhead(doc)
    doc.add_paragraph("{{ L.briefing_pack }}", style="Pack Kicker")
    doc.add_paragraph("{{ cover.title }}", style="Title")
    _tag(doc, "{%p if cover.subtitle %}")
    doc.add_paragraph("{{ cover.subtitle }}", style="Subtitle")
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p if cover.briefing_for %}")
    line = doc.add_paragraph(style="Pack Entry")
    line.paragraph_format.space_before = Pt(18)
    line.paragraph_format.space_after = Pt(18)
    line.add_run("{{ L.briefing_for }}{{ L.colon }}").font.color.rgb = GREY
    line.add_run("{{ cover.briefing_for }}")
    _tag(doc, "{%p endif %}")
    facts = [
        ("date", "cover.date"),
        ("time", "cover.time"),
        ("venue", "cover.venue"),
        ("host", "cover.host"),
        ("kind", "cover.kind"),
    ]
    _facts_table(doc, facts)
    doc.add_paragraph().paragraph_format.space_after = Pt(72)
    _document_block(doc)
    _page_break(doc)


def _letterhead(doc) -> None:
    """The office's letterhead: its name, and on the right a cell for its emblem (empty
    in the shipped template: paste the emblem there in Word), ruled off below."""
    table = doc.add_table(rows=1, cols=2)
    _widths(table, [12.6, 4.0])
    name, emblem = table.rows[0].cells
    name.paragraphs[0].style = doc.styles["Pack Letterhead"]
    name.paragraphs[0].add_run("{{ office }}")
    name.vertical_alignment = emblem.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.BOTTOM
    emblem.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    emblem.paragraphs[0].style = doc.styles["Pack Letterhead"]
    rule = '<w:tblBorders {}><w:bottom w:val="single" w:sz="12" w:space="0" w:color="1F3864"/>'
    table._tbl.tblPr.append(parse_xml(rule.format(nsdecls("w")) + "</w:tblBorders>"))
    doc.add_paragraph().paragraph_format.space_after = Pt(48)


def _document_block(doc) -> None:
    """Reference, version and date, prepared by, cleared by (a line to sign when the
    version is not cleared yet)."""
    table = doc.add_table(rows=4, cols=2)
    _widths(table, [4.0, 12.6])
    rows = [
        ("reference", "{{ cover.reference }}"),
        (
            "version_date",
            "{{ cover.version }}{% if draft %}{{ L.draft_note }}{% endif %}"
            " · {{ cover.generated }}",
        ),
        ("prepared_by", "{{ cover.prepared_by }}"),
        ("cleared_by", "{{ cover.cleared_by or L.signature_line }}"),
    ]
    for row, (label, value) in zip(table.rows, rows, strict=True):
        row.cells[0].text = f"{{{{ L.{label} }}}}"
        row.cells[1].text = value
        row.cells[0].paragraphs[0].runs[0].font.color.rgb = GREY
        for cell in row.cells:
            cell.paragraphs[0].paragraph_format.space_after = Pt(4)
            cell.paragraphs[0].runs[0].font.size = Pt(9.5)


def at_a_glance(doc) -> None:
    """The meeting on one page: when and where, purpose, the decisions sought, the
    messages that matter most, who leads each delegation (services/pack/glance.py)."""
    doc.add_paragraph("{{ L.at_a_glance }}", style="Pack Page Title")
    _facts_table(
        doc,
        [
            ("when", "glance.when"),
            ("where", "glance.where"),
            ("purpose_short", "glance.purpose|join('\\n')"),
        ],
        label_width=3.3,
    )
    _tag(doc, "{%p if glance.decisions %}")
    doc.add_paragraph("{{ L.decisions }}", style="Pack Label")
    _tag(doc, "{%p for d in glance.decisions %}")
    doc.add_paragraph("{{ loop.index }}. {{ d }}", style="Pack Indented")
    _tag(doc, "{%p endfor %}")
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p if glance.messages %}")
    doc.add_paragraph("{{ L.top_messages }}", style="Pack Label")
    _tag(doc, "{%p for m in glance.messages %}")
    line = doc.add_paragraph(style="Pack Indented")
    line.add_run("{{ loop.index }}. ")
    line.add_run("{% if m.draft %}[{{ L.draft }}] {% endif %}", "Pack Draft Mark")
    line.add_run("{{ m.title }}")
    _tag(doc, "{%p endfor %}")
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p if glance.leads %}")
    doc.add_paragraph("{{ L.leads }}", style="Pack Label")
    leads = _table(
        doc,
        ["{{ L.delegation }}", "{{ L.led_by }}", "{{ L.title }}"],
        ["{{ lead.organization }}", "{{ lead.name }}", "{{ lead.title }}"],
        "lead in glance.leads",
        [5.0, 4.6, 7.0],
    )
    # Many rows on one page: 9 points, no space around the lines, thin cell padding.
    for cell in leads.rows[2].cells:
        cell.paragraphs[0].runs[0].font.size = Pt(9)
        cell.paragraphs[0].paragraph_format.space_before = Pt(0)
        cell.paragraphs[0].paragraph_format.space_after = Pt(0)
    leads._tbl.tblPr.append(
        parse_xml(
            f'<w:tblCellMar {nsdecls("w")}><w:top w:w="20" w:type="dxa"/>'
            '<w:left w:w="90" w:type="dxa"/><w:bottom w:w="20" w:type="dxa"/>'
            '<w:right w:w="90" w:type="dxa"/></w:tblCellMar>'
        )
    )
    _tag(doc, "{%p endif %}")
    _page_break(doc)


def _facts_table(doc, facts: list[tuple[str, str]], label_width: float = 4.0) -> None:
    """Label/value rows without rules; a row whose value is empty is left out."""
    table = doc.add_table(rows=3 * len(facts), cols=2)
    _widths(table, [label_width, 16.6 - label_width])
    for index, (label, value) in enumerate(facts):
        rows = table.rows[3 * index : 3 * index + 3]
        rows[0].cells[0].text = f"{{%tr if {value} %}}"
        rows[1].cells[0].text = f"{{{{ L.{label} }}}}"
        rows[1].cells[1].text = f"{{{{ {value} }}}}"
        rows[2].cells[0].text = "{%tr endif %}"
        for row in rows:
            for cell in row.cells:
                cell.paragraphs[0].paragraph_format.space_after = Pt(4)
        rows[1].cells[0].paragraphs[0].runs[0].font.color.rgb = GREY
        rows[1].cells[1].paragraphs[0].runs[0].font.bold = True


def contents(doc) -> None:
    doc.add_paragraph("{{ L.contents }}", style="TOC Heading")
    toc = doc.add_paragraph(style="TOC 1")
    _field(toc, 'TOC \\o "1-2" \\h \\z \\u', "{{ L.toc_placeholder }}")
    _page_break(doc)  # the text starts on a new page


def purpose_and_agenda(doc) -> None:
    _tag(doc, "{%p if purpose %}")
    doc.add_heading("{{ L.purpose }}", level=1)
    _paragraphs(doc, "purpose")
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p if agenda %}")
    doc.add_heading("{{ L.agenda }}", level=1)
    table = _table(
        doc,
        ["{{ L.time }}", "{{ L.item }}", "{{ L.speaker }}"],
        ["{{ row.time }}", "{{ row.item }}", "{{ row.speaker }}"],
        "row in agenda",
        [2.8, 8.8, 5.0],
    )
    item = table.rows[2].cells[1]  # the item's notes below it, in grey
    item.add_paragraph("{%p if row.notes %}", style="Pack Table Text")
    notes = item.add_paragraph(style="Pack Table Text")
    notes.add_run("{{ row.notes }}").font.color.rgb = GREY
    notes.runs[0].italic = True
    item.add_paragraph("{%p endif %}", style="Pack Table Text")
    _tag(doc, "{%p endif %}")


def participants(doc) -> None:
    """Grouped by delegation: the organization as a shaded row across the table, then
    its people in order of precedence, the Latin name and the own-script name side by
    side. The table's layout is AutoFit: the renderer sets the column widths from the
    text (docs/pack.md)."""
    _tag(doc, "{%p if participants %}")
    doc.add_heading("{{ L.participants }}", level=1)
    note = doc.add_paragraph("{{ L.participants_note }}", style="Pack Meta")
    note.paragraph_format.keep_with_next = True  # heading and note stay with the table
    headers = ["#", "{{ L.name_latin }}", "{{ L.name_native }}", "{{ L.title }}",
               "{{ L.role }}", "{{ L.rsvp }}"]  # fmt: skip
    cells = ["{{ p.number }}", "{{ p.name }}", "{{ p.native_name }}", "{{ p.title }}",
             "{{ p.role }}", "{{ p.rsvp }}"]  # fmt: skip
    widths = [0.8, 3.6, 2.4, 5.2, 2.6, 2.0]
    table = doc.add_table(rows=7, cols=len(headers))
    table.style = doc.styles["Pack Table"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    rows = table.rows
    for col, text in enumerate(headers):
        rows[0].cells[col].text = text
    rows[0]._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))
    rows[1].cells[0].text = "{%tr for d in delegations %}"
    rows[3].cells[0].text = "{%tr for p in d.people %}"
    for col, text in enumerate(cells):
        rows[4].cells[col].text = text
    rows[5].cells[0].text = "{%tr endfor %}"
    rows[6].cells[0].text = "{%tr endfor %}"
    _widths(table, widths)
    group = rows[2].cells[0].merge(rows[2].cells[-1])
    group.text = "{{ d.organization }}"
    group._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="DCE3EF"/>')
    )
    for row in (rows[2], rows[4]):
        row._tr.get_or_add_trPr().append(parse_xml(f"<w:cantSplit {nsdecls('w')}/>"))
    for row in rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                p.style = doc.styles["Pack Table Text"]
    for cell in rows[4].cells[:3]:  # number and names: on one line each
        cell._tc.get_or_add_tcPr().append(parse_xml(f"<w:noWrap {nsdecls('w')}/>"))
    heading = group.paragraphs[0]
    heading.runs[0].font.bold = True
    heading.runs[0].font.color.rgb = NAVY
    heading.paragraph_format.keep_with_next = True  # never alone at the foot of a page
    table.autofit = True  # the renderer fits the columns to their text
    _tag(doc, "{%p endif %}")


def biographies(doc) -> None:
    """Each biography: the photo (3 cm wide, placed by the renderer) in a narrow column
    beside name, position and bio; without a photo, the same text at full width (no
    empty frame)."""
    _tag(doc, "{%p if biographies %}")
    _major_part(doc, "{{ L.biographies }}")  # a reference part: read apart from the rest
    doc.add_paragraph(
        "{% if biographies_of == 'all' %}{{ L.biographies_all }}"
        "{% else %}{{ L.biographies_heads }}{% endif %}",
        style="Pack Meta",
    )
    _tag(doc, "{%p for b in biographies %}")
    _tag(doc, "{%p if b.photo %}")
    table = doc.add_table(rows=1, cols=2)
    _widths(table, [3.5, 13.1])
    photo_cell, text_cell = table.rows[0].cells
    photo_cell.paragraphs[0].text = "{{ bio_photos[b.uid] }}"
    photo_cell.paragraphs[0].paragraph_format.space_after = Pt(0)
    _bio_text(text_cell.paragraphs[0], text_cell.add_paragraph, in_cell=True)
    table.rows[0]._tr.get_or_add_trPr().append(parse_xml(f"<w:cantSplit {nsdecls('w')}/>"))
    _tag(doc, "{%p else %}")
    _bio_text(doc.add_paragraph(), doc.add_paragraph)
    _tag(doc, "{%p endif %}")
    spacer = doc.add_paragraph(style="Pack Meta")  # between two biographies
    spacer.paragraph_format.space_after = Pt(4)
    _tag(doc, "{%p endfor %}")
    _tag(doc, "{%p endif %}")


def _bio_text(name, add_paragraph, in_cell: bool = False) -> None:
    """Name, position and the bio's paragraphs: ``name`` is the paragraph to write the
    name into, ``add_paragraph(text, style)`` adds the next ones."""
    name.style = "Pack Entry"
    name.text = "{{ b.name }}"
    if in_cell:  # level with the top of the photo
        name.paragraph_format.space_before = Pt(0)
    add_paragraph("{%p for line in b.position %}")
    add_paragraph("{{ line }}", style="Pack Meta").paragraph_format.space_after = Pt(3)
    add_paragraph("{%p endfor %}")
    add_paragraph("{%p for para in b.text %}")
    add_paragraph("{{ para }}")
    add_paragraph("{%p endfor %}")


def _major_part(doc, title: str) -> None:
    """A Heading 1 that starts a new page (the other parts flow)."""
    doc.add_heading(title, level=1).paragraph_format.page_break_before = True


def organizations(doc) -> None:
    _tag(doc, "{%p if organizations %}")
    _major_part(doc, "{{ L.organizations }}")
    _tag(doc, "{%p for org in organizations %}")
    # Profiles flow one after the other. An office that wants each on a new page adds
    # a page break paragraph here ({%p if not loop.first %} page break {%p endif %}),
    # or ticks "Page break before" on this heading paragraph.
    doc.add_heading("{{ org.name }}", level=2)
    _tag(doc, "{%p if org.other_names or org.kind %}")
    # The lines under the name stay with it and the first part of the profile.
    doc.add_paragraph(
        "{{ org.other_names }}{% if org.other_names and org.kind %} · {% endif %}{{ org.kind }}",
        style="Pack Meta",
    ).paragraph_format.keep_with_next = True
    _tag(doc, "{%p endif %}")
    # The name in the organization's own language (laid out right to left when it is).
    _tag(doc, "{%p if org.native_name %}")
    native = doc.add_paragraph("{{ org.native_name }}", style="Pack Meta")
    native.paragraph_format.keep_with_next = True
    _tag(doc, "{%p endif %}")
    for key in ("mandate", "relevance"):
        _tag(doc, f"{{%p if org.{key} %}}")
        doc.add_paragraph(f"{{{{ L.{key} }}}}", style="Pack Label")
        _paragraphs(doc, f"org.{key}")
        _tag(doc, "{%p endif %}")
    _tag(doc, "{%p if org.representatives %}")
    doc.add_paragraph("{{ L.representatives }}", style="Pack Label")
    _table(
        doc,
        ["{{ L.name }}", "{{ L.title }}", "{{ L.role }}", "{{ L.rsvp }}"],
        ["{{ r.name }}", "{{ r.title }}", "{{ r.role }}", "{{ r.rsvp }}"],
        "r in org.representatives",
        [4.6, 6.4, 3.2, 2.4],
    )
    _tag(doc, "{%p endif %}")
    _engagements(doc)
    _tag(doc, "{%p if org.talking_points %}")
    doc.add_paragraph("{{ L.talking_points }}", style="Pack Label")
    _tag(doc, "{%p for tp in org.talking_points %}")
    _talking_point(doc)
    _tag(doc, "{%p endfor %}")
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p endfor %}")
    _tag(doc, "{%p endif %}")


def _engagements(doc) -> None:
    _tag(doc, "{%p if org.engagements %}")
    doc.add_paragraph("{{ L.engagements }}", style="Pack Label")
    _tag(doc, "{%p for e in org.engagements %}")
    entry = doc.add_paragraph(style="Pack Entry")
    entry.add_run("{{ e.date }}")
    entry.add_run("{% if e.kind %} — {{ e.kind }}{% endif %}").font.bold = False
    _paragraphs(doc, "e.summary", "Pack Indented")
    _tag(doc, "{%p if e.follow_ups %}")
    follow = doc.add_paragraph(style="Pack Indented")
    follow.add_run("{{ L.follow_ups }}{{ L.colon }}").italic = True
    follow.add_run("{{ e.follow_ups }}")
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p endfor %}")
    _tag(doc, "{%p endif %}")


def key_messages_and_annex(doc) -> None:
    _tag(doc, "{%p if key_messages %}")
    doc.add_heading("{{ L.key_messages }}", level=1)
    _tag(doc, "{%p for group in key_messages %}")
    doc.add_heading("{{ group.title }}", level=2)
    _tag(doc, "{%p for tp in group.talking_points %}")
    _talking_point(doc, show_priorities=True)
    _tag(doc, "{%p endfor %}")
    _tag(doc, "{%p endfor %}")
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p if annex %}")
    _major_part(doc, "{{ L.annex }}")
    _tag(doc, "{%p for item in annex %}")
    doc.add_heading("{{ item.title }}", level=2)
    _tag(doc, "{%p if item.source %}")
    doc.add_paragraph("{{ L.source }}{{ L.colon }}{{ item.source }}", style="Pack Meta")
    _tag(doc, "{%p endif %}")
    _paragraphs(doc, "item.text")
    _tag(doc, "{%p endfor %}")
    _tag(doc, "{%p endif %}")


def core_properties(doc) -> None:
    """Neutral properties: the renderer sets the real ones on every pack."""
    props = doc.core_properties
    props.title = "Briefing pack template"
    props.subject = props.comments = props.keywords = props.category = ""
    props.author = props.last_modified_by = "Briefing App"
    props.revision = 1


def build(out: Path = OUT) -> Path:
    doc = Document()
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    define_styles(doc)
    page_setup(doc)
    cover(doc)
    at_a_glance(doc)
    contents(doc)
    purpose_and_agenda(doc)
    participants(doc)
    biographies(doc)
    organizations(doc)
    key_messages_and_annex(doc)
    core_properties(doc)
    assert doc.sections[0].start_type != WD_SECTION.ODD_PAGE
    doc.save(out)
    return out


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
