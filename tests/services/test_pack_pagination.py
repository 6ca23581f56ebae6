"""The contents' cached page numbers: estimated from the document's own layout."""

from __future__ import annotations

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Pt

from briefing_app.services.pack import generate_pack
from briefing_app.services.pack.fields import bookmark_headings
from briefing_app.services.pack.pagination import heading_pages
from tests.services.pack_helpers import template_with_a_page_per_profile, toc_page_numbers


def _doc_with_headings(paragraphs_between: int):
    """Heading 1 'A', N body paragraphs, Heading 2 'B', page break, Heading 2 'C'."""
    document = docx.Document()
    document.add_heading("A", level=1)
    for _ in range(paragraphs_between):
        document.add_paragraph("A line of body text.")
    document.add_heading("B", level=2)
    document.add_page_break()
    document.add_heading("C", level=2)
    return document


def test_headings_move_with_the_text_before_them():
    short = _doc_with_headings(5)
    bookmark_headings(short)
    assert sorted(heading_pages(short).values()) == [1, 1, 2]
    long = _doc_with_headings(120)  # more body lines than one page holds
    bookmark_headings(long)
    pages = sorted(heading_pages(long).values())
    assert pages[0] == 1 and pages[1] >= 3 and pages[2] == pages[1] + 1


def test_larger_font_means_more_pages():
    small, large = _doc_with_headings(60), _doc_with_headings(60)
    large.styles["Normal"].font.size = Pt(20)
    for document in (small, large):
        bookmark_headings(document)
    assert max(heading_pages(large).values()) > max(heading_pages(small).values())


def test_demo_pack_contents_shows_page_numbers(demo_db, tmp_path):
    with demo_db.session() as s:
        pack = generate_pack(s, "Roundtable", tmp_path / "pack.docx")
    entries = toc_page_numbers(docx.Document(pack.path))
    numbers = [page for _, page in entries]
    assert len(entries) >= 10 and all(numbers)
    assert numbers[0] == 4  # cover, at a glance, contents, then the purpose
    assert numbers == sorted(numbers)
    instr = docx.Document(pack.path).element.body.iter(qn("w:instrText"))
    assert any("PAGEREF" in i.text for i in instr)  # still real fields Word can update


def test_the_chinese_demo_packs_contents_fit_one_page(demo_db, tmp_path):
    """Its 32 entries once left the last one alone on a fourth page (a Chinese line is
    taller): the contents lines are spaced tighter."""
    with demo_db.session() as s:
        pack = generate_pack(s, "Roundtable", tmp_path / "zh.docx", language="zh")
    entries = toc_page_numbers(docx.Document(pack.path))
    assert len(entries) == 32 and entries[0][1] == 4  # cover, at a glance, one page of contents


def _template_with_unterminated_toc(tmp_path):
    """The shipped template with the end of its contents field removed."""
    from briefing_app.paths import default_pack_template

    document = docx.Document(str(default_pack_template()))
    body = document.element.body
    toc = next(
        p for p in body.iter(qn("w:p"))
        if any(i.text.strip().startswith("TOC") for i in p.iter(qn("w:instrText")))
    )  # fmt: skip
    ends = [
        fc for p in [toc, *toc.itersiblings(qn("w:p"))] for fc in p.iter(qn("w:fldChar"))
        if fc.get(qn("w:fldCharType")) == "end"
    ]  # fmt: skip
    run = ends[0].getparent()
    run.getparent().remove(run)
    path = tmp_path / "no-toc-end.docx"
    document.save(str(path))
    return path, len(list(body.iter(qn("w:p"))))


def test_toc_field_that_never_ends_is_a_template_error(demo_db, tmp_path):
    from briefing_app.services.pack.fields import fill_toc
    from briefing_app.services.pack.template import TemplateError

    template, paragraphs = _template_with_unterminated_toc(tmp_path)
    document = docx.Document(str(template))
    with pytest.raises(TemplateError, match="never ends") as caught:
        fill_toc(document, bookmark_headings(document), f"pack template {template}")
    assert str(template) in str(caught.value)
    assert len(list(document.element.body.iter(qn("w:p")))) == paragraphs  # nothing deleted
    out = tmp_path / "pack.docx"
    with demo_db.session() as s, pytest.raises(TemplateError, match="contents"):
        generate_pack(s, "Roundtable", out, template=template)
    assert not out.exists()


def test_line_breaks_in_filled_text_still_become_word_breaks(demo_db, tmp_path):
    """docxtpl's newline/tab pass is skipped only when no text needs it."""
    from briefing_app.services.pack import build_pack_content, render_pack

    with demo_db.session() as s:
        content = build_pack_content(s, "Roundtable")
    plain = docx.Document(str(render_pack(content, tmp_path / "plain.docx")))
    purpose = next(p for p in plain.paragraphs if p.text == content.purpose[0])
    assert not list(purpose._p.iter(qn("w:br"), qn("w:tab")))
    content.purpose = ["First line\nsecond line\tafter a tab", *content.purpose[1:]]
    document = docx.Document(str(render_pack(content, tmp_path / "breaks.docx")))
    para = next(p for p in document.paragraphs if p.text.startswith("First line"))
    assert [e.tag for e in para._p.iter(qn("w:br"), qn("w:tab"))] == [qn("w:br"), qn("w:tab")]
    assert "\n" in para.text and "second line" in para.text


def _page_breaks(document) -> list[str]:
    """Text of each paragraph that starts a new page (break before it, or a page
    break in the paragraph before it), in order."""
    starts, broken = [], False
    for p in document.paragraphs:
        before = p.paragraph_format.page_break_before or (
            p.style.paragraph_format.page_break_before and p.text
        )
        if (broken or before) and p.text.strip():
            starts.append(p.text.strip())
            broken = False
        if any(br.get(qn("w:type")) == "page" for br in p._p.iter(qn("w:br"))):
            broken = True
    return starts


def test_page_breaks_only_before_major_parts_short_sections_flow(demo_db, tmp_path):
    with demo_db.session() as s:
        pack = generate_pack(s, "Roundtable", tmp_path / "pack.docx")
    document = docx.Document(pack.path)
    starts = _page_breaks(document)
    assert starts == [
        "At a glance",  # after the cover
        "Contents",
        "Purpose and objectives",  # then the agenda and participants flow
        "Biographies",
        "Participating organizations",  # the profiles flow one after the other
        "Annex: background on priorities",
    ]
    assert len(pack.content.organizations) > 10
    assert not document.styles["Heading 1"].paragraph_format.page_break_before


def test_an_office_template_may_start_each_profile_on_a_new_page(demo_db, tmp_path):
    template = template_with_a_page_per_profile(tmp_path)
    with demo_db.session() as s:
        flowing = generate_pack(s, "Roundtable", tmp_path / "flowing.docx")
        paged = generate_pack(s, "Roundtable", tmp_path / "paged.docx", template=template)
    orgs = [org.name for org in paged.content.organizations]
    starts = _page_breaks(docx.Document(paged.path))
    first = starts.index("Participating organizations")
    assert starts[first:-1] == ["Participating organizations", *orgs[1:]]
    pages = dict(toc_page_numbers(docx.Document(paged.path)))
    org_pages = [pages[name] for name in orgs]
    assert org_pages == list(range(org_pages[0], org_pages[0] + len(orgs)))  # one page each
    flowing_pages = dict(toc_page_numbers(docx.Document(flowing.path)))
    assert flowing_pages[orgs[-1]] < pages[orgs[-1]]  # flowing takes fewer pages


def test_a_page_break_paragraph_becomes_the_next_paragraphs_break_before():
    """A page filled to its last line must not push a break-only paragraph onto a page
    of its own (a blank page, seen in the bilingual demo pack after a full contents)."""
    from docx.enum.text import WD_BREAK

    from briefing_app.services.pack.breaks import breaks_before_next

    document = docx.Document()
    document.add_paragraph("Contents")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_heading("Purpose", level=1)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_table(rows=1, cols=1)  # before a table the break paragraph stays
    assert breaks_before_next(document) == 1
    texts = [p.text for p in document.paragraphs]
    assert texts[:2] == ["Contents", "Purpose"]
    assert document.paragraphs[1].paragraph_format.page_break_before
    assert len(document.paragraphs) == 3
    bookmark_headings(document)
    assert list(heading_pages(document).values()) == [2]


def _kept(levels: list[int]) -> list[bool]:
    """Which of contents lines of these levels keep_entries_together keeps with the next."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    from briefing_app.services.pack.fields import TocEntry, keep_entries_together

    entries = [TocEntry(level, f"entry {i}", f"_Toc{i}") for i, level in enumerate(levels)]
    paragraphs = [OxmlElement("w:p") for _ in levels]
    keep_entries_together(entries, paragraphs)
    return [p.find(f"{qn('w:pPr')}/{qn('w:keepNext')}") is not None for p in paragraphs]


def test_contents_lines_kept_with_the_next():
    """A part's line stays with its first entry; the last part moves as one (up to 12
    lines), a longer one keeps its last three lines together; the last line keeps
    nothing."""
    assert _kept([1, 1, 2, 2, 1, 2, 2, 2]) == [False, True, False, False, True, True, True, False]
    long_last = _kept([1, 2, 1] + [2] * 15)
    assert long_last[:2] == [True, False] and long_last[2] is True
    assert long_last[3:] == [False] * 12 + [True, True, False]
    assert _kept([1]) == [False]
