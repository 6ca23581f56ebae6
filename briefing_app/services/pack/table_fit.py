"""Column widths that fit the text, for tables the template marks AutoFit.

Word fits an AutoFit table to its contents when it lays the page out;
LibreOffice does not, and our contents page numbers are estimated from the
widths written in the file (:mod:`.pagination`). So for every table whose
layout is AutoFit (``w:tblLayout w:type="autofit"``: Word's *AutoFit to
contents*; the shipped template's participants table) the renderer computes
the widths itself, the way browsers lay out automatic tables:

- a column is never narrower than its longest unbreakable piece (its longest
  line, for cells marked *Don't wrap text*, ``w:noWrap``: the names): a Latin word
  (no-break spaces join words), a name held together by word joiners, or a
  short Chinese term (up to :data:`SHORT_TERM` characters), which this module
  joins with word joiners so Word does not break it (LibreOffice breaks Chinese
  by dictionary words whatever the joiners: there the column being wide enough
  for the term, which starts its own line, is what keeps it whole; so a
  bilingual header is put on two lines);
- the width left over goes to the columns in proportion to how much longer
  their longest line is than that minimum, so a title wraps to two lines,
  not six;
- the table keeps the total width the template gave it.

The result is written as a fixed layout (grid and cell widths), so Word,
LibreOffice and the page-number estimate all see the same columns.
"""

from __future__ import annotations

import re
from functools import lru_cache

from docx.oxml import OxmlElement
from docx.oxml.ns import nsmap, qn
from lxml import etree

from briefing_app.domain.names import WORD_JOINER
from briefing_app.services.pack.page_styles import Styles, int_attr
from briefing_app.services.pack.table_cells import Row, table_rows
from briefing_app.services.pack.text_measure import _BOLD, _CJK, _em_width

#: Chinese, Japanese or Korean runs up to this many characters are kept on one line.
SHORT_TERM = 8
#: Room added to each column for the difference between our character widths and the
#: fonts a reader has (twips: about 1 mm).
SLACK = 60
_CJK_RUN = re.compile(f"(?:{_CJK.pattern}(?:{WORD_JOINER})?)+")
_BREAKS = re.compile(r"[ \t\n]+")
# Tag names spelled out once: these functions visit every cell of tables with
# thousands of rows.
_TC, _TR = qn("w:tc"), qn("w:tr")
_TCPR, _TCW, _VAL, _W, _TYPE, _GRID_SPAN = (
    qn(f"w:{n}") for n in ("tcPr", "tcW", "val", "w", "type", "gridSpan")
)


# The first width of each cell's first properties, in document order.
_CELL_WIDTHS = etree.XPath(".//w:tr/w:tc/w:tcPr[1]/w:tcW[1]", namespaces={"w": nsmap["w"]})
_HEADER_ROWS = etree.XPath("w:tr[w:trPr/w:tblHeader]", namespaces={"w": nsmap["w"]})


def fit_autofit_tables(doc) -> int:
    """Fit every AutoFit table of the body to its text; returns how many."""
    styles = Styles(doc)
    fitted = 0
    for tbl in doc.element.body.iter(qn("w:tbl")):
        layout = tbl.find(f"{qn('w:tblPr')}/{qn('w:tblLayout')}")
        if layout is not None and layout.get(qn("w:type")) == "autofit":
            _stack_headers(tbl)
            _join_short_terms(tbl)
            _fit(tbl, styles)
            layout.set(qn("w:type"), "fixed")
            fitted += 1
    return fitted


def _stack_headers(tbl) -> None:
    """A bilingual header ("RSVP / 出席情况") on two lines, the Chinese starting its own:
    LibreOffice breaks Chinese text by dictionary words when the language is Chinese,
    word joiners or not, so a term that continues a line can be cut in two."""
    for tr in _HEADER_ROWS(tbl):
        for t in list(tr.iter(qn("w:t"))):
            head, sep, tail = (t.text or "").partition(" / ")
            if sep and _CJK.match(tail):
                t.text = head
                br, rest = OxmlElement("w:br"), OxmlElement("w:t")
                rest.text = tail
                rest.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                t.addnext(br)
                br.addnext(rest)


def _join_short_terms(tbl) -> None:
    """Word joiners between the characters of short CJK runs in the table's text."""
    for t in tbl.iter(qn("w:t")):
        if t.text and _CJK.search(t.text):
            t.text = _CJK_RUN.sub(_joined, t.text)


def _joined(match: re.Match) -> str:
    chars = match.group(0).replace(WORD_JOINER, "")
    return WORD_JOINER.join(chars) if len(chars) <= SHORT_TERM else match.group(0)


@lru_cache(maxsize=1 << 14)
def _measure(text: str, twips_per_em: float) -> tuple[float, float]:
    """(longest unbreakable piece, longest line) of ``text``, in twips (cached: the
    words of roles, RSVP states and organizations repeat row after row)."""
    shortest, longest = 0.0, 0.0
    for line in text.split("\n"):
        longest = max(longest, _em_width(line) * twips_per_em)
        for word in _BREAKS.split(line):
            for piece in _pieces(word):
                shortest = max(shortest, _em_width(piece) * twips_per_em)
    return shortest, longest


def _pieces(word: str) -> list[str]:
    """Where a line may break inside a space-free ``word``: between CJK characters
    that no word joiner holds together."""
    if not _CJK.search(word):
        return [word]
    pieces, current = [], ""
    for i, ch in enumerate(word):
        joined = i and WORD_JOINER in (ch, word[i - 1])
        if current and not joined and (_CJK.match(ch) or _CJK.match(word[i - 1])):
            pieces.append(current)
            current = ""
        current += ch
    return [*pieces, current] if current else pieces


def _column_needs(
    tbl, rows: list[Row], styles: Styles, columns: int
) -> tuple[list[float], list[float]]:
    """Per grid column: (minimum, preferred) text width in twips; cells spanning
    several columns (the group rows) do not count."""
    table_style = tbl.find(f"{qn('w:tblPr')}/{qn('w:tblStyle')}")
    table_style_id = table_style.get(qn("w:val")) if table_style is not None else None
    low, high = [0.0] * columns, [0.0] * columns
    for row_index, row in enumerate(rows):
        header = row.header or row_index == 0
        col = 0
        for cell in row.cells:
            span = int(cell.span) if cell.span else 1
            if span == 1 and col < columns:
                for style_id, text in cell.paragraphs:
                    props = styles.props(style_id or table_style_id)
                    bold = props.bold or header
                    shortest, longest = _measure(text, props.size * 10 * (_BOLD if bold else 1))
                    shortest = longest if cell.no_wrap else shortest
                    low[col], high[col] = max(low[col], shortest), max(high[col], longest)
            col += span
    return low, high


def _cell_margins(tbl, styles: Styles) -> float:
    """Left plus right cell margin in twips (the table's own, else its style's)."""
    mar = tbl.find(f"{qn('w:tblPr')}/{qn('w:tblCellMar')}")
    if mar is None:
        style = tbl.find(f"{qn('w:tblPr')}/{qn('w:tblStyle')}")
        tblpr = styles.table_properties(style.get(qn("w:val")) if style is not None else None)
        mar = tblpr.find(qn("w:tblCellMar")) if tblpr is not None else None
    if mar is None:
        return 216
    return sum(int_attr(mar.find(qn(f"w:{side}")), "w", 108) for side in ("left", "right"))


def share_widths(low: list[float], high: list[float], total: float) -> list[float]:
    """Widths summing to ``total``: at least ``low`` each where possible, the rest in
    proportion to what each column still wants (``high - low``), or to ``high`` once
    every column has all it wants."""
    if sum(high) <= total:
        spare = total - sum(high)
        weight = sum(high) or 1
        return [h + spare * h / weight for h in high]
    if sum(low) <= total:
        spare = total - sum(low)
        wants = [h - lo for lo, h in zip(low, high, strict=True)]
        weight = sum(wants) or 1
        return [lo + spare * w / weight for lo, w in zip(low, wants, strict=True)]
    return [lo * total / sum(low) for lo in low]


def _fit(tbl, styles: Styles) -> None:
    grid = list(tbl.iterfind(f"{qn('w:tblGrid')}/{qn('w:gridCol')}"))
    if not grid:
        return
    total = sum(int_attr(col, "w") for col in grid)
    extra = _cell_margins(tbl, styles) + SLACK
    rows = table_rows(tbl)
    low, high = _column_needs(tbl, rows, styles, len(grid))
    widths = share_widths([w + extra for w in low], [w + extra for w in high], total)
    widths = [round(w) for w in widths]
    widths[-1] += total - sum(widths)
    for col, width in zip(grid, widths, strict=True):
        col.set(qn("w:w"), str(width))
    _set_cell_widths(tbl, rows, widths)


def _set_cell_widths(tbl, rows: list[Row], widths: list[int]) -> None:
    """Each cell's width: the widths of the grid columns it spans. The widths already
    in the cells are found in one XPath call and matched to the rows in order; a row
    with a cell that has none (or two sets of properties) is done element by element,
    and so is a table with a table inside."""
    if any(row.nested for row in rows):
        for tr in tbl.iter(_TR):
            _set_row_widths(tr, widths)
        return
    found, others = iter(_CELL_WIDTHS(tbl)), []
    texts: dict[tuple[int, str], str] = {}  # (column, span as written) -> width written
    for index, row in enumerate(rows):
        if all(cell.has_width and cell.one_properties for cell in row.cells):
            col = 0
            for cell in row.cells:
                text = texts.get((col, cell.span))
                span = int(cell.span) if cell.span else 1
                if text is None:
                    text = texts[col, cell.span] = str(sum(widths[col : col + span]))
                tcw = next(found)
                tcw.set(_TYPE, "dxa")
                tcw.set(_W, text)
                col += span
        else:
            for _ in range(sum(cell.has_width for cell in row.cells)):
                next(found)
            others.append(index)
    if others:
        trs = list(tbl.iter(_TR))
        for index in others:
            _set_row_widths(trs[index], widths)


def _set_row_widths(tr, widths: list[int]) -> None:
    col = 0
    for tc in tr.iterchildren(_TC):
        tcpr = tc.find(_TCPR)
        if tcpr is None:
            tcpr = tc.get_or_add_tcPr()
        span = int_attr(tcpr.find(_GRID_SPAN), "val", 1)
        tcw = tcpr.find(_TCW)
        if tcw is None:
            tcw = tcpr.get_or_add_tcW()
        tcw.set(_TYPE, "dxa")
        tcw.set(_W, str(sum(widths[col : col + span])))
        col += span
