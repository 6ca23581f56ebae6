"""How much room a paragraph of the filled document takes: the line model of the
contents' page-number estimate (:mod:`.pagination`), also used to fit table
columns (:mod:`.table_fit`) and seat names (``services/seating/fit.py``).

Greedy word wrap with Calibri/Carlito character widths (Chinese characters one em
wide), line heights from the paragraph's style and its largest font, inline
pictures. A paragraph comes as the record :mod:`.layout_records` extracts.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_app.services.pack.layout_records import (
    BR,
    FIELD,
    ITEM,
    PAGE,
    PICTURE,
    RUN,
    TAB,
    TEXT,
)
from briefing_app.services.pack.page_styles import Props, Styles

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
_SPECIAL = (PAGE, PICTURE, TAB, BR)  # what a run's text may hold besides TEXT and text


@lru_cache(maxsize=1 << 16)
def _em_width(text: str) -> float:
    """Width of ``text`` in em (cached: words repeat a lot in a pack)."""
    get = _CHAR_EM.get
    return sum(1.0 if c >= "\u2e80" and _CJK.match(c) else get(c, _LATIN_EM) for c in text)


_TOKENS = re.compile(f"{_CJK.pattern}\\s*|[^\\s\u2e80-\uffef]+\\s*|\\s+|.")


class Para:
    """A laid-out paragraph: its properties, line count and line height (twips)."""

    __slots__ = ("bookmark", "height", "line", "lines", "page_break", "picture", "props")

    def __init__(
        self,
        props: Props,
        lines: int,
        line: float,
        page_break: bool = False,
        bookmark: str | None = None,
        picture: float = 0.0,
    ) -> None:
        self.props, self.lines, self.line = props, lines, line
        self.page_break = page_break  # contains a page break run
        self.bookmark = bookmark
        #: Height the tallest inline picture adds to its line (twips; 0 = none).
        self.picture = picture
        # A table cell's paragraph is measured once and added up many times.
        self.height = props.before + lines * line + picture + props.after


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


def measure(record: str, styles: Styles, width: float, style_id: str | None) -> Para:
    """Lay out one extracted paragraph in a column ``width`` twips wide; ``style_id`` is
    the style of a paragraph that names none (a table cell's: the table style)."""
    head, *runs = record.split(RUN)
    style, bookmark, direct = head.split(FIELD)
    props = styles.props(style or style_id)
    if direct:
        props = props.direct(direct)
    avail = width - props.indent
    if avail < 720:
        avail = 720
    if len(runs) == 1:
        simple = _simple(runs[0], props, avail)
        if simple is not None:
            lines, cjk = simple
            line = _line_height(props, props.size, cjk)
            return Para(props, lines, line, False, bookmark or None)
    pictures: list[int] = []
    pieces, size, page_break = _pieces(runs, props, pictures)
    text = "".join(t for t, _ in pieces)
    widest = max((em for _, em in pieces), default=0.0) * _BOLD
    cjk = _CJK.search(text) is not None
    if cjk and "\n" in text:  # "English\n中文" in a cell: each line its own height
        lines, line = _mixed_lines(pieces, avail, props, size)
        return Para(props, lines, line, page_break, bookmark or None, _picture(pictures, line))
    if "\n" in text or "\t" in text or len(text) * widest > avail:
        lines = _wrap(pieces, avail)
    else:  # even at one em a character it fits on one line
        lines = 1
    line = _line_height(props, size, cjk)
    return Para(props, lines, line, page_break, bookmark or None, _picture(pictures, line))


_PLAIN_RUN = ITEM + ITEM  # a run record with neither size nor bold


def _simple(run: str, props: Props, avail: float) -> tuple[int, bool] | None:
    """(lines, has Chinese) of a paragraph of one run with no size or bold of its own
    and nothing but text, or None for anything else: the answer :func:`measure`'s
    general path gives such a paragraph (its pieces all at the paragraph's size),
    reached sooner (most paragraphs and table cells are of this kind)."""
    if not run.startswith(_PLAIN_RUN):
        return None
    content = run[2:]
    if any(mark in content for mark in _SPECIAL):
        return None
    texts = [text for text in content.split(TEXT) if text]
    text = "".join(texts)
    cjk = _CJK.search(text) is not None
    if cjk and "\n" in text:
        return None
    em = props.size * 10 * (_BOLD if props.bold else 1.0)
    if not texts:
        return 1, cjk
    if "\n" in text or "\t" in text or len(text) * (em * _BOLD) > avail:
        return _wrap([(t, em) for t in texts], avail), cjk
    return 1, cjk


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
