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

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from briefing_app.services.pack.layout_records import (
    BR,
    FIELD,
    ITEM,
    PAGE,
    PICTURE,
    RUN,
    TAB,
    TEXT,
    layout_records,
)
from briefing_app.services.pack.page_styles import OFF, Props, Styles, W, int_attr

# Character widths in em of DejaVu Sans, the font LibreOffice shows for Calibri when
# Carlito is not installed (the Debian machines we check packs on); Carlito is
# narrower, so there long sections may come out shorter than estimated.
_LOWER = dict(zip("abcdefghijklmnopqrstuvwxyz", (
    .613, .635, .550, .635, .615, .352, .635, .634, .278, .278, .579, .278, .974,
    .634, .612, .635, .635, .411, .521, .392, .634, .592, .818, .592, .592, .525,
), strict=True))  # fmt: skip
_UPPER = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", (
    .684, .686, .698, .770, .632, .575, .775, .752, .295, .295, .656, .557, .863,
    .748, .787, .603, .787, .695, .635, .611, .732, .684, .989, .685, .611, .685,
), strict=True))  # fmt: skip
_PUNCT = (
    dict.fromkeys(" .,\u00b7", 0.318) | dict.fromkeys("()[]", 0.39) | dict.fromkeys(":;/", 0.337)
)
_CHAR_EM = _LOWER | _UPPER | _PUNCT | dict.fromkeys("0123456789", 0.636) | {"-": 0.361, "'": 0.275}
_CHAR_EM |= {"\u2014": 1.0, "\u2013": 0.5, "&": 0.78, "\u00a0": 0.318}
_CHAR_EM |= dict.fromkeys("\u2060\u200e\u200f", 0.0)  # word joiner, direction marks: no width
_LATIN_EM = 0.62
_CJK = re.compile(
    "[\u2e80-\u2fdf\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]"
)
_LATIN_LINE, _CJK_LINE = 1.16, 1.438  # line height in em: DejaVu Sans, Noto CJK
_BOLD = 1.1
#: Lines of a paragraph that must follow a keep-with-next paragraph on its page
#: (LibreOffice moves the chain rather than leave one line of the next paragraph).
ORPHANS = 2


@lru_cache(maxsize=1 << 16)
def _em_width(text: str) -> float:
    """Width of ``text`` in em (cached: words repeat a lot in a pack)."""
    get = _CHAR_EM.get
    return sum(1.0 if c >= "\u2e80" and _CJK.match(c) else get(c, _LATIN_EM) for c in text)


_TOKENS = re.compile(f"{_CJK.pattern}\\s*|[^\\s\u2e80-\uffef]+\\s*|\\s+|.")


@dataclass
class _Para:
    """A laid-out paragraph: its properties, line count and line height (twips)."""

    props: Props
    lines: int
    line: float
    page_break: bool = False  # contains a page break run
    bookmark: str | None = None
    #: Height the tallest inline picture adds to its line (twips; 0 = none).
    picture: float = 0.0

    @cached_property  # a table cell's paragraph is measured once and added up many times
    def height(self) -> float:
        return self.props.before + self.lines * self.line + self.picture + self.props.after


def _wrap(pieces: list[tuple[str, float]], avail: float) -> int:
    """Number of lines the pieces fill in ``avail`` twips (greedy word wrap)."""
    lines, used = 1, 0.0
    for text, em in pieces:
        if text == "\t":
            used += 720
            continue
        if text == "\n":
            lines, used = lines + 1, 0.0
            continue
        for token in _TOKENS.findall(text):
            if used and used + _em_width(token.rstrip()) * em > avail:
                lines, used = lines + 1, 0.0
            used += _em_width(token) * em
            while used > avail:
                lines, used = lines + 1, used - avail
    return lines


@lru_cache(maxsize=256)
def _line_height(props: Props, size: int, cjk: bool) -> float:
    """Height of a line of ``props``' paragraph whose largest font is ``size``."""
    sized = Props(size=size, line=props.line, line_rule=props.line_rule)
    return sized.line_height(_CJK_LINE if cjk else _LATIN_LINE)


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

    def paragraph(self, para: _Para, next_min: float) -> None:
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


_PICTURES = re.compile(f"{PICTURE}(\\d*){TEXT}")
_EMU_PER_TWIP = 635


def _pieces(runs: list[str], props: Props, pictures: list[int]) -> tuple[list, int, bool]:
    """The paragraph's text pieces as (text, twips per em) -- "\t" for a tab, "\n" for a
    line break --, its largest font size and whether it has a page break. The heights
    of inline pictures (EMU) are added to ``pictures``."""
    pieces, size, page_break = [], props.size, False
    plain = props.size * 10 * (_BOLD if props.bold else 1.0)
    for run in runs:
        run_size, bold, content = run.split(ITEM, 2)
        em = plain
        if run_size or bold:
            rp = props.run(run_size, bold)
            size, em = max(size, rp.size), rp.size * 10 * (_BOLD if rp.bold else 1.0)
        if PAGE in content:
            page_break, content = True, content.replace(PAGE, "")
        if PICTURE in content:
            content = _PICTURES.sub(lambda m: pictures.append(int(m[1])) or "", content)
        if TAB in content or BR in content:
            content = content.replace(TAB, f"{TEXT}\t{TEXT}").replace(BR, f"{TEXT}\n{TEXT}")
        pieces += [(text, em) for text in content.split(TEXT) if text]
    return pieces, size, page_break


def _measure(record: str, styles: Styles, width: float, style_id: str | None) -> _Para:
    """Lay out one extracted paragraph in a column ``width`` twips wide; ``style_id`` is
    the style of a paragraph that names none (a table cell's: the table style)."""
    head, *runs = record.split(RUN)
    style, bookmark, direct = head.split(FIELD)
    props = styles.props(style or style_id)
    if direct:
        props = props.direct(direct)
    avail = max(width - props.indent, 720)
    pictures: list[int] = []
    pieces, size, page_break = _pieces(runs, props, pictures)
    text = "".join(t for t, _ in pieces)
    widest = max((em for _, em in pieces), default=0.0) * _BOLD
    cjk = _CJK.search(text) is not None
    if cjk and "\n" in text:  # "English\n中文" in a cell: each line its own height
        lines, line = _mixed_lines(pieces, avail, props, size)
        return _Para(props, lines, line, page_break, bookmark or None, _picture(pictures, line))
    if "\n" in text or "\t" in text or len(text) * widest > avail:
        lines = _wrap(pieces, avail)
    else:  # even at one em a character it fits on one line
        lines = 1
    line = _line_height(props, size, cjk)
    return _Para(props, lines, line, page_break, bookmark or None, _picture(pictures, line))


def _picture(heights: list[int], line: float) -> float:
    """What the tallest inline picture (EMU) adds to the height of its line: it stands
    on the baseline, so the line becomes the picture plus the font's descent."""
    if not heights:
        return 0.0
    return max(max(heights) / _EMU_PER_TWIP - line * 0.75, 0.0)


def _mixed_lines(
    pieces: list[tuple[str, float]], avail: float, props: Props, size: int
) -> tuple[int, float]:
    """(lines, average line height) of a paragraph whose line breaks separate Latin
    lines (Latin height) from lines with Chinese characters (the taller CJK height)."""
    segments: list[list[tuple[str, float]]] = [[]]
    for text, em in pieces:
        if text == "\n":
            segments.append([])
        else:
            segments[-1].append((text, em))
    lines, height = 0, 0.0
    for segment in segments:
        count = _wrap(segment, avail)
        cjk = any(_CJK.search(text) for text, _ in segment)
        lines, height = lines + count, height + count * _line_height(props, size, cjk)
    return lines, height / lines


class _Table:
    """The rows of an extracted table, measured as its records arrive."""

    def __init__(self, record: str, styles: Styles):
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
        self.cell_widths: dict[str, float] = {}  # by cell record: a table's cells repeat

    def row(self, record: str) -> None:
        self.close()
        self.open, self.tallest = True, 0.0
        self.header = record.startswith("h") and record[1:] not in OFF

    def cell(self, record: str) -> None:
        self.tallest, self.cell_height = max(self.tallest, self.cell_height), 0.0
        cell_width = self.cell_widths.get(record)
        if cell_width is None:
            kind, _, width = record.partition(FIELD)
            width = int(width) if kind == "dxa" and width.isdigit() else 0
            cell_width = self.cell_widths[record] = (width or self.even_width) - self.horizontal
        self.cell_width = cell_width

    def close(self) -> None:
        """End the current row (if any): its tallest cell, margins and the border."""
        if self.open:
            self.tallest, self.cell_height = max(self.tallest, self.cell_height), 0.0
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


def _blocks(records: list[str], styles: Styles, width: float) -> list[_Para | list]:
    """The body's paragraphs (:class:`_Para`) and tables (lists of row heights)."""
    blocks: list[_Para | list] = []
    table: _Table | None = None
    # Rows and labels repeat a lot: paragraphs measured once, by record (and column).
    seen: dict[str, _Para] = {}
    seen_in_cells: dict[tuple[str, float, str], _Para] = {}
    for record in records:
        kind, rest = record[:1], record[1:]
        if kind == "P":
            if table is None:
                para = seen.get(record)
                if para is None:
                    para = seen[record] = _measure(rest, styles, width, None)
                blocks.append(para)
                continue
            key = (record, table.cell_width, table.style)
            para = seen_in_cells.get(key)
            if para is None:
                para = seen_in_cells[key] = _measure(rest, styles, key[1], key[2] or None)
            table.cell_height += para.height
        elif kind == "T":
            table = _Table(rest, styles)
        elif kind == "R":
            table.row(rest)
        elif kind == "C":
            table.cell(rest)
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
        if isinstance(block, _Para):
            flow.paragraph(block, need)
        else:
            flow.table(block)
    return flow.pages


def _kept_with_all(blocks: list[_Para | list]) -> list[float]:
    """For each keep-with-next paragraph, the height it needs below it (0 for the other
    blocks): the whole chain of keep-with-next paragraphs that follows (they move
    together), then the first lines of the next paragraph (two, by orphan control) or
    the first two rows of the next table. The same sums, in the same order, as
    walking the blocks paragraph by paragraph, from lists made once (a large pack has
    thousands of keep-with-next labels and headings)."""
    paragraph = [isinstance(block, _Para) for block in blocks]
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
