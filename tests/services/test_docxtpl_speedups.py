"""The faster docxtpl steps give the same document as docxtpl's own, byte for byte."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from docx.oxml.ns import qn
from docxtpl import DocxTemplate
from lxml import etree

from briefing_app.paths import default_pack_template
from briefing_app.services.meetings import find_meeting
from briefing_app.services.pack import build_pack_content, docxtpl_speedups
from briefing_app.services.pack.render import pack_context
from briefing_app.services.pack.template import sandbox


def _render(template, context: dict, fast: bool) -> dict[str, bytes]:
    tpl = DocxTemplate(str(template))
    if fast:
        docxtpl_speedups.install(tpl)
    tpl.render(context, jinja_env=sandbox(), autoescape=True)
    out = io.BytesIO()
    tpl.save(out)
    with zipfile.ZipFile(out) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


@pytest.mark.parametrize("language", ["en", "zh", "both"])
def test_demo_pack_is_identical_to_docxtpls_own_rendering(demo_db, language):
    with demo_db.session() as s:
        meeting = find_meeting(s, "Roundtable")
        context = pack_context(build_pack_content(s, meeting.id, language))
    stock = _render(default_pack_template(), context, fast=False)
    fast = _render(default_pack_template(), context, fast=True)
    assert list(fast) == list(stock)
    assert [name for name in stock if fast[name] != stock[name]] == []
    assert b"{{" not in fast["word/document.xml"]  # it was filled in


def _grid_widths(parts: dict[str, bytes]) -> list[list[str]]:
    document = docx.Document(io.BytesIO(_zip(parts)))
    return [
        [col.get(qn("w:w")) for col in table._tbl.tblGrid.iterchildren(qn("w:gridCol"))]
        for table in document.tables
    ]


def _zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return out.getvalue()


def test_tables_whose_rows_do_not_match_their_grid_go_through_docxtpls_fix(tmp_path):
    """A template table with a three-column grid whose rows have two cells (as a
    ``{%tc %}`` column loop leaves it), next to a regular one: docxtpl narrows the
    first grid; the fast path must hand over to it and give the same result."""
    template = docx.Document()
    uneven = template.add_table(rows=2, cols=3)
    for row in uneven.rows:
        row._tr.remove(row._tr.tc_lst[-1])
    uneven.cell(0, 0).text = "{{ name }}"
    regular = template.add_table(rows=1, cols=2)
    regular.cell(0, 0).text = "{{ name }}"
    path = tmp_path / "uneven.docx"
    template.save(path)

    stock = _render(path, {"name": "Alpha & Beta"}, fast=False)
    fast = _render(path, {"name": "Alpha & Beta"}, fast=True)
    assert fast == stock
    widths = _grid_widths(fast)
    assert [len(w) for w in widths] == [2, 2]  # the uneven grid was narrowed to its rows
    assert "Alpha &amp; Beta" in fast["word/document.xml"].decode()


def _spanned_template(path, grid: int, spans: list[list[int]]):
    """A table with a ``grid``-column grid whose rows have cells spanning ``spans``."""
    template = docx.Document()
    table = template.add_table(rows=len(spans), cols=grid)
    for row, widths in zip(table.rows, spans, strict=True):
        tr = row._tr
        for tc in tr.tc_lst[len(widths) :]:
            tr.remove(tc)
        for tc, span in zip(tr.tc_lst, widths, strict=True):
            if span > 1:
                tc.grid_span = span
            tc.clear_content()
            tc.add_p().add_r().add_t("{{ name }}")
    template.save(path)
    return path


@pytest.mark.parametrize(
    ("spans", "fast_path"),
    [
        ([[4], [1, 1, 1, 1], [2, 1, 1]], True),  # group rows spanning the grid: nothing to fix
        ([[2, 1], [1, 2]], False),  # no row fills the 4-column grid: docxtpl narrows it
    ],
)
def test_merged_cells_take_the_fast_path_only_when_docxtpl_would_change_nothing(
    tmp_path, spans, fast_path
):
    path = _spanned_template(tmp_path / "spanned.docx", 4, spans)
    stock = _render(path, {"name": "Gamma"}, fast=False)
    tpl = DocxTemplate(str(path))
    tpl.init_docx()
    docxtpl_speedups.install(tpl)
    root = tpl.docx.element
    tpl.render({"name": "Gamma"}, jinja_env=sandbox(), autoescape=True)
    out = io.BytesIO()
    tpl.save(out)
    with zipfile.ZipFile(out) as zf:
        fast = {name: zf.read(name) for name in zf.namelist()}
    assert fast == stock
    assert (tpl.docx.element is not root) == fast_path  # a new document element: fast path
    assert [len(w) for w in _grid_widths(fast)] == [4 if fast_path else 3]


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _cell(properties: str = "<w:tcPr/>") -> str:
    return f"<w:tc>{properties}<w:p/></w:tc>"


def _table(rows: list[str], grid: int = 2, grids: int = 1) -> str:
    cols = "<w:gridCol/>" * grid
    return "<w:tbl>" + f"<w:tblGrid>{cols}</w:tblGrid>" * grids + "".join(rows) + "</w:tbl>"


_FULL_ROW = "<w:tr>" + _cell() + _cell() + "</w:tr>"
_SPAN = "<w:tcPr><w:gridSpan w:val='{}'/></w:tcPr>"
#: A cell holding a table whose row has more cells than the outer grid has columns
#: (docxtpl's fix_tables reads every row below a table, nested ones too).
_NESTED = "<w:tc>" + _table(["<w:tr>" + _cell() * 3 + "</w:tr>"], grid=3) + "<w:p/></w:tc>"
_TWO_SPANS = "<w:tcPr><w:gridSpan w:val='1'/><w:gridSpan w:val='1'/></w:tcPr>"


@pytest.mark.parametrize(
    ("table", "changes"),
    [
        (_table([_FULL_ROW, _FULL_ROW]), False),
        (_table(["<w:tr>" + _cell(_SPAN.format(2)) + "</w:tr>", _FULL_ROW]), False),
        (_table([_FULL_ROW], grids=2), True),  # two grids
        (_table([]), True),  # no rows
        (_table([_FULL_ROW, "<w:tr>" + _cell() * 3 + "</w:tr>"]), True),  # more cells than grid
        (_table(["<w:tr>" + _cell() + "</w:tr>"]), True),  # no row fills the grid
        (_table(["<w:tr>" + _cell("<w:tcPr/><w:tcPr/>") + _cell() + "</w:tr>"]), True),
        (_table(["<w:tr>" + _cell(_SPAN.format("x")) + "</w:tr>", _FULL_ROW]), True),
        (_table(["<w:tr>" + _cell(_SPAN.format("")) + "</w:tr>", _FULL_ROW]), True),
        (_table(["<w:tr>" + _cell("<w:tcPr><w:gridSpan/></w:tcPr>") + "</w:tr>", _FULL_ROW]), True),
        (_table(["<w:tr>" + _cell(_TWO_SPANS) + _cell() + "</w:tr>"]), True),
        (_table(["<w:tr>" + _cell() + _NESTED + "</w:tr>"]), True),
    ],
)
def test_the_grid_check_sends_every_table_docxtpl_would_change_to_docxtpl(table, changes):
    """What the one XPath per table answers, case by case (the fast path is taken only
    when the answer is no: docxtpl's fix_tables would leave every grid as it is)."""
    body = etree.fromstring(f"<w:body {_W}>{table}<w:p/></w:body>")
    assert docxtpl_speedups._grids_need_fixing(body) is changes
