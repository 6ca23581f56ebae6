"""Label sheets for name badges: the common A4 and US Letter layouts and a
custom size (docs/seating.md lists them with their sources).

Every measure is in millimetres: the label's size, the sheet's top and left
margins to the first label, and the pitch (the distance from one label's
left or top edge to the next one's; pitch minus size is the gap)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing_app.errors import UserError

MM_PER_IN = 25.4
PAGES = {"a4": (210.0, 297.0), "letter": (215.9, 279.4)}


@dataclass(frozen=True)
class LabelSheet:
    key: str
    name: str
    paper: str
    label_w: float
    label_h: float
    cols: int
    rows: int
    left: float
    top: float
    pitch_x: float
    pitch_y: float

    @property
    def per_sheet(self) -> int:
        return self.cols * self.rows

    @property
    def page(self) -> tuple[float, float]:
        return PAGES[self.paper]

    @property
    def gap_x(self) -> float:
        return round(self.pitch_x - self.label_w, 3)

    @property
    def gap_y(self) -> float:
        return round(self.pitch_y - self.label_h, 3)

    @property
    def bottom(self) -> float:
        """The sheet's margin under the last row of labels."""
        return self.page[1] - self.top - (self.rows - 1) * self.pitch_y - self.label_h


def _inches(*values: float) -> list[float]:
    return [round(v * MM_PER_IN, 3) for v in values]


SHEETS: dict[str, LabelSheet] = {
    s.key: s
    for s in (
        LabelSheet("l7165", "Avery L7165 (A4, 2 × 4, 99.1 × 67.7 mm)", "a4",
                   99.1, 67.7, 2, 4, 4.65, 13.1, 101.6, 67.7),
        LabelSheet("l7173", "Avery L7173 (A4, 2 × 5, 99.1 × 57 mm)", "a4",
                   99.1, 57.0, 2, 5, 4.65, 6.0, 101.6, 57.0),
        LabelSheet("l7163", "Avery L7163 (A4, 2 × 7, 99.1 × 38.1 mm)", "a4",
                   99.1, 38.1, 2, 7, 4.65, 15.15, 101.6, 38.1),
        LabelSheet("5163", "Avery 5163 (Letter, 2 × 5, 4 × 2 in)", "letter",
                   *_inches(4, 2), 2, 5, *_inches(0.17, 0.5, 4.16, 2)),
        LabelSheet("5392", "Avery 5392 name badge inserts (Letter, 2 × 3, 4 × 3 in)", "letter",
                   *_inches(4, 3), 2, 3, *_inches(0.25, 1, 4, 3)),
    )
}  # fmt: skip

_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*[x×]\s*(\d+(?:\.\d+)?)\s*(mm|cm|in)?\s*$", re.I)
_GRID = re.compile(r"^\s*(\d{1,2})\s*[x×]\s*(\d{1,2})\s*$", re.I)


def _size(text: str) -> tuple[float, float]:
    match = _SIZE.match(text or "")
    if not match:
        raise UserError(f'badges: --label "{text}": give the label size as WxHmm, e.g. 90x55mm')
    scale = {"mm": 1.0, "cm": 10.0, "in": MM_PER_IN}[(match.group(3) or "mm").lower()]
    w, h = float(match.group(1)) * scale, float(match.group(2)) * scale
    if w < 30 or h < 20:
        raise UserError(f'badges: --label "{text}": a badge needs at least 30 × 20 mm')
    return w, h


def custom_sheet(label: str, grid: str, paper: str = "a4") -> LabelSheet:
    """``label`` "90x55mm" (mm, cm or in), ``grid`` "2x4" (columns x rows), centred
    on ``paper`` with no gaps (cut along the faint outlines)."""
    w, h = _size(label)
    match = _GRID.match(grid or "")
    if not match or not all(int(n) for n in match.groups()):
        raise UserError(f'badges: --grid "{grid}": give columns x rows, e.g. 2x4')
    cols, rows = int(match.group(1)), int(match.group(2))
    if paper not in PAGES:
        raise UserError(f'badges: unknown paper "{paper}" (use a4 or letter)')
    page_w, page_h = PAGES[paper]
    need_w, need_h = cols * w, rows * h
    if need_w > page_w - 10 or need_h > page_h - 10:
        raise UserError(
            f"badges: {cols} x {rows} labels of {w:g} x {h:g} mm need {need_w:g} x {need_h:g} mm; "
            f"{paper.upper()} has {page_w:g} x {page_h:g} mm with 5 mm margins"
        )
    left, top = round((page_w - need_w) / 2, 2), round((page_h - need_h) / 2, 2)
    name = f"Custom ({paper.upper()}, {cols} × {rows}, {w:g} × {h:g} mm)"
    return LabelSheet("custom", name, paper, w, h, cols, rows, left, top, w, h)


def sheet_named(key: str, label: str | None = None, grid: str | None = None,
                paper: str | None = None) -> LabelSheet:  # fmt: skip
    """The layout ``key`` (``SHEETS`` or "custom" with ``label`` and ``grid``)."""
    key = (key or "").strip().lower()
    if key == "custom":
        if not label or not grid:
            raise UserError("badges: --layout custom needs --label WxHmm and --grid CxR")
        return custom_sheet(label, grid, paper or "a4")
    if key not in SHEETS:
        names = ", ".join([*SHEETS, "custom"])
        raise UserError(f'badges: unknown layout "{key}" (use {names})')
    return SHEETS[key]
