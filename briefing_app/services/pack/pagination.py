"""Estimating the page each heading falls on, for the contents' page numbers.

Word and LibreOffice show a contents field with the page numbers cached in
the file: LibreOffice does not update the field on load, and the pack does not
ask Word to (no ``w:updateFields``: Word would ask every reader "update the
fields?"). So the numbers we write are what readers see; we compute them from a simple layout model
of the filled document: page size and margins from the section, paragraph
spacing, line spacing and font size from the styles, greedy word wrap with
Calibri/Carlito character widths (Chinese characters one em wide), tables row
by row (header rows repeated, rows that cannot split moved whole), explicit
page breaks, ``pageBreakBefore`` and ``keepNext``. It does not depend on
LibreOffice; it matches LibreOffice's layout of the shipped template for the
demo packs, and a restyled template may come out a page off until Word (or
*Tools → Update → Update All* in LibreOffice) refreshes the field.
"""

from __future__ import annotations

from briefing_app.services.pack.layout_records import FIELD, layout_records
from briefing_app.services.pack.page_styles import OFF, Styles, W, int_attr
from briefing_app.services.pack.text_measure import Para, measure

#: Lines of a paragraph that must follow a keep-with-next paragraph on its page
#: (LibreOffice moves the chain rather than leave one line of the next paragraph).
ORPHANS = 2


class _Flow:
    """Where the next line goes: page number and the height used on it."""

    def __init__(self, height: float):
        self.height, self.page, self.y = height, 1, 0.0
        self.after = 0  # space after the last paragraph placed
        #: The page began because the last one was full (not at a page break): the
        #: space before its first paragraph is left out, as Word and LibreOffice do.
        self.overflowed = False
        self.pages: dict[str, int] = {}

    def new_page(self, overflow: bool = True) -> None:
        self.page, self.y, self.overflowed = self.page + 1, 0.0, overflow

    def paragraph(self, para: Para, next_min: float) -> None:
        """Place a paragraph; the space between two paragraphs is the larger of the
        first's space after and the second's space before (as Word and LibreOffice do)."""
        props = para.props
        if para.page_break and para.lines == 1 and self.y > 0:
            if self.y + para.line > self.height:  # its own line goes over: a blank page
                self.new_page()
            self.new_page(overflow=False)
            return
        if props.break_before and self.y > 0:
            self.new_page(overflow=False)
        before = max(props.before - self.after, 0) if self.y > 0 else props.before
        # Kept with the next: its own space after, then what must follow it (whose
        # space before counts only beyond this space after, see _kept_with).
        kept = props.after + next_min if props.keep_next else 0
        need = before + para.lines * para.line + kept
        if props.keep_next and self.y > 0 and self.y + need > self.height:
            self.new_page()
        if self.y > 0 and self.y + before + para.line > self.height:
            self.new_page()
        if self.y == 0:
            before = 0 if self.overflowed else props.before
        self.y += before
        if para.bookmark:
            self.pages[para.bookmark] = self.page
        for index in range(para.lines):
            line = para.line + (para.picture if index == 0 else 0)
            if self.y > 0 and self.y + line > self.height:
                self.new_page()
            self.y += line
        self.y += props.after
        self.after = props.after

    def table(self, rows: list[tuple[float, bool]]) -> None:
        """``rows``: (height, is a repeated header row)."""
        header = sum(h for h, is_header in rows if is_header)
        for h, is_header in rows:
            if self.y > 0 and self.y + h > self.height:
                self.new_page()
                self.y += 0 if is_header else header
            self.y += h
        self.after = 0


def _page_box(body) -> tuple[float, float]:
    """(text height, text width) in twips of the document's last section."""
    sect = body.find(W["sectPr"])
    size = sect.find(W["pgSz"]) if sect is not None else None
    margins = sect.find(W["pgMar"]) if sect is not None else None
    top, bottom = int_attr(margins, "top", 1440), int_attr(margins, "bottom", 1440)
    left, right = int_attr(margins, "left", 1440), int_attr(margins, "right", 1440)
    height = int_attr(size, "h", 16838) - top - bottom
    width = int_attr(size, "w", 11906) - left - right
    return height, width


class _Table:
    """The rows of an extracted table, measured as its records arrive."""

    def __init__(self, record: str, styles: Styles, by_column: dict):
        self.style, margins, grid = record.split(FIELD)
        self.grid = [int(w) for w in grid.split(",") if w.isdigit()]
        if not margins:
            margins = _style_cell_margins(styles, self.style)
        top, bottom, left, right = (int(v) if v.isdigit() else 0 for v in margins[1:].split(","))
        self.vertical, self.horizontal = top + bottom, left + right
        self.rows: list[tuple[float, bool]] = []  # (height, is a repeated header row)
        self.header, self.tallest, self.cell_width, self.cell_height = False, 0.0, 0.0, 0.0
        self.open = False
        self.even_width = sum(self.grid) / max(len(self.grid), 1)  # of a cell with no width
        #: Paragraphs measured in cells of a width and table style, by record (shared by
        #: all tables: rows and labels repeat a lot).
        self.by_column = by_column
        self.in_cell: dict[str, Para] = by_column.setdefault((0.0, self.style), {})
        #: By cell record, its width and the paragraphs measured at that width.
        self.cells: dict[str, tuple[float, dict[str, Para]]] = {}

    def row(self, record: str) -> None:
        self.close()
        self.open, self.tallest = True, 0.0
        self.header = record.startswith("h") and record[1:] not in OFF

    def cell(self, record: str) -> None:
        if self.cell_height > self.tallest:
            self.tallest = self.cell_height
        self.cell_height = 0.0
        found = self.cells.get(record)
        if found is None:
            kind, _, width = record.partition(FIELD)
            width = int(width) if kind == "dxa" and width.isdigit() else 0
            cell_width = (width or self.even_width) - self.horizontal
            in_cell = self.by_column.setdefault((cell_width, self.style), {})
            found = self.cells[record] = (cell_width, in_cell)
        self.cell_width, self.in_cell = found

    def close(self) -> None:
        """End the current row (if any): its tallest cell, margins and the border."""
        if self.open:
            if self.cell_height > self.tallest:
                self.tallest = self.cell_height
            self.cell_height = 0.0
            self.rows.append((self.tallest + self.vertical + 12, self.header))
            self.open = False


def _style_cell_margins(styles: Styles, style_id: str) -> str:
    """A table style's cell margins, written like the extraction writes a table's."""
    tblpr = styles.table_properties(style_id or None)
    mar = tblpr.find(W["tblCellMar"]) if tblpr is not None else None
    if mar is None:
        return "m0,0,0,216"
    return "m" + ",".join(
        str(int_attr(mar.find(W[k]), "w")) for k in ("top", "bottom", "left", "right")
    )


def _blocks(records: list[str], styles: Styles, width: float) -> list[Para | list]:
    """The body's paragraphs (:class:`Para`) and tables (lists of row heights)."""
    blocks: list[Para | list] = []
    table: _Table | None = None
    # Rows and labels repeat a lot: paragraphs measured once, by record (and column).
    seen: dict[str, Para] = {}
    by_column: dict[tuple[float, str], dict[str, Para]] = {}
    for record in records:
        kind = record[:1]
        if kind == "P":
            if table is None:
                para = seen.get(record)
                if para is None:
                    para = seen[record] = measure(record[1:], styles, width, None)
                blocks.append(para)
                continue
            para = table.in_cell.get(record)
            if para is None:
                para = table.in_cell[record] = measure(
                    record[1:], styles, table.cell_width, table.style or None
                )
            table.cell_height += para.height
        elif kind == "C":
            table.cell(record[1:])
        elif kind == "R":
            table.row(record[1:])
        elif kind == "T":
            table = _Table(record[1:], styles, by_column)
        elif kind == "E":
            table.close()
            blocks.append(table.rows)
            table = None
    return blocks


def heading_pages(doc) -> dict[str, int]:
    """Bookmark name -> estimated page number, for bookmarks starting a body paragraph."""
    body = doc.element.body
    styles = Styles(doc)
    height, width = _page_box(body)
    records = layout_records(body)
    blocks = _blocks(records, styles, width)
    kept = _kept_with_all(blocks)
    flow = _Flow(height)
    for block, need in zip(blocks, kept, strict=True):
        if isinstance(block, Para):
            flow.paragraph(block, need)
        else:
            flow.table(block)
    return flow.pages


def _kept_with_all(blocks: list[Para | list]) -> list[float]:
    """For each keep-with-next paragraph, the height it needs below it (0 for the other
    blocks): the whole chain of keep-with-next paragraphs that follows (they move
    together), then the first lines of the next paragraph (two, by orphan control) or
    the first two rows of the next table. The same sums, in the same order, as
    walking the blocks paragraph by paragraph, from lists made once (a large pack has
    thousands of keep-with-next labels and headings)."""
    paragraph = [isinstance(block, Para) for block in blocks]
    before, after, keep, full, first = [], [], [], [], []
    for block, is_para in zip(blocks, paragraph, strict=True):
        if is_para:
            props = block.props
            before.append(props.before)
            after.append(props.after)
            keep.append(props.keep_next)
            full.append(block.lines * block.line)
            first.append(min(block.lines, ORPHANS) * block.line)
        else:  # a table: its first two rows
            before.append(0)
            after.append(0)
            keep.append(False)
            full.append(0)
            first.append(sum(h for h, _ in block[:2]))
    needs: list[float] = [0] * len(blocks)
    count = len(blocks)
    for i in range(count):
        if not keep[i]:
            continue
        need, below = 0.0, after[i]
        for j in range(i + 1, count):
            if not paragraph[j]:
                need = need + first[j]
                break
            # The space between two paragraphs is the larger of after and before.
            space = max(before[j] - below, 0)
            if not keep[j]:
                need = need + space + first[j]
                break
            need += space + full[j] + after[j]
            below = after[j]
        needs[i] = need
    return needs
