"""Fitting AutoFit tables: every cell gets the width of the grid columns it spans,
whether its row is read in one pass (cells that already have a width) or element by
element (a cell without properties, two sets of properties, a table inside a cell)."""

from __future__ import annotations

import copy

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from briefing_app.services.pack.table_fit import fit_autofit_tables


def _autofit(table) -> None:
    layout = OxmlElement("w:tblLayout", {qn("w:type"): "autofit"})
    table._tbl.tblPr.append(layout)


def _widths(tbl) -> list[list[tuple[str | None, str | None]]]:
    """(type, width) of each cell's first w:tcW, row by row (nested rows too)."""
    rows = []
    for tr in tbl.iter(qn("w:tr")):
        cells = []
        for tc in tr.iterchildren(qn("w:tc")):
            tcw = tc.find(f"{qn('w:tcPr')}/{qn('w:tcW')}")
            cells.append((tcw.get(qn("w:type")), tcw.get(qn("w:w"))) if tcw is not None else None)
        rows.append(cells)
    return rows


def _document():
    document = docx.Document()
    plain = document.add_table(rows=5, cols=3)
    for n, row in enumerate(plain.rows):
        for m, cell in enumerate(row.cells):
            cell.text = f"row {n} column {m} " + "words " * (m * 3)
    plain.cell(1, 0).merge(plain.cell(1, 1))  # a cell spanning two columns
    bare = plain.rows[2]._tr.tc_lst[1]
    bare.remove(bare.tcPr)  # a cell without properties: it gets them
    twice = plain.rows[3]._tr.tc_lst[1]  # two sets of properties (damaged, but read):
    second = copy.deepcopy(twice.tcPr)  # the width and span are the first one's
    second.append(OxmlElement("w:gridSpan", {qn("w:val"): "2"}))
    twice.tcPr.addnext(second)
    _autofit(plain)
    outer = document.add_table(rows=2, cols=2)
    outer.cell(0, 0).text = "outer"
    outer.cell(0, 1).text = "the outer table's second column, with more words in it"
    inner = outer.cell(1, 0).add_table(rows=1, cols=2)  # its cells come before (1, 1)
    inner.cell(0, 0).text = "inner"
    _autofit(outer)
    return document


def test_every_cell_gets_the_width_of_the_grid_columns_it_spans():
    document = _document()
    assert fit_autofit_tables(document) == 2
    for table in document.tables:
        tbl = table._tbl
        grid = [int(col.get(qn("w:w"))) for col in tbl.tblGrid.iterchildren(qn("w:gridCol"))]
        for tr, widths in zip(tbl.iter(qn("w:tr")), _widths(tbl), strict=True):
            col, expected = 0, []
            for tc in tr.iterchildren(qn("w:tc")):
                span = tc.grid_span
                expected.append(("dxa", str(sum(grid[col : col + span]))))
                col += span
            assert widths == expected
        assert tbl.tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
    words = [col.get(qn("w:w")) for col in document.tables[0]._tbl.tblGrid]
    assert int(words[2]) > int(words[0])  # the column with more text is wider
