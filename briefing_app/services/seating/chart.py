"""The seating chart as a one-page Word document (docs/seating.md): the table
drawn with a box on every chair (seat number, name in the meeting's language or
both scripts, organization), the place of honour at the top of the page."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from briefing_app.domain.seating_layout import CHAIR, PITCH
from briefing_app.services.files import atomic_write
from briefing_app.services.seating.callouts import callout_boxes, fits
from briefing_app.services.seating.drawing import Box, Line, anchored_shape
from briefing_app.services.seating.text_fit import fitting_size
from briefing_app.services.seating.view import PlanView, SeatRow

PAGE_W, PAGE_H, MARGIN = 29.7, 21.0, 1.2
#: The drawing's frame on the page (cm): below the title, above the bottom margin.
AREA = (MARGIN, 4.3, PAGE_W - 2 * MARGIN, PAGE_H - 4.3 - MARGIN)
#: How much wider than tall (or the reverse) a drawing may be stretched to use
#: the landscape page: the chart is a diagram, not a floor plan to scale.
STRETCH = 1.6
#: Narrowest seat box (cm) that still holds a name: below it, seats are staggered.
MIN_BOX_W = 1.5

TITLES = {"en": "Seating plan", "zh": "座位图"}
SHAPES = {
    "round": ("Round table", "圆桌"),
    "boardroom": ("Boardroom table, principals facing", "会议桌（主宾相对）"),
    "head": ("Rectangular table, host at the head", "长桌（主人居首）"),
    "u_shape": ("U-shaped table", "U形桌"),
    "theatre": ("Head table and rows", "主席台与听众席"),
}
NOTES = {
    "en": "Place of honour at the top, facing the room. Seats numbered clockwise from the top; "
    "chairs behind the table and rows follow.",
    "zh": "上方为主位，面向会场。座位自上方起顺时针编号，其后为后排座位。",
}
#: The room's door and screen: marker size and the strip kept for them (cm).
ROOM = {"door": ("Door", "门"), "screen": ("Screen", "屏幕")}
MARK_W, MARK_H = 2.6, 0.7
STRIP_H, STRIP_W = 1.2, 2.9
FILL = {"host": "FFE699", "chair": "FFE699", "head_of_delegation": "DDEBF7", "staff": "EDEDED"}


def _text(language: str, en: str, zh: str) -> str:
    return {"en": en, "zh": zh}.get(language, f"{en}  {zh}")


def _drawn(view: PlanView) -> list[SeatRow]:
    """Every chair at the table; behind it, only the occupied ones (theatre: all rows)."""
    return [r for r in view.seats if r.at_table or r.name or view.shape == "theatre"]


def _extent(rows: list[SeatRow], view: PlanView) -> tuple[list[float], list[float]]:
    xs = [r.x for r in rows] + [t.x + s * t.w / 2 for t in view.tables for s in (-1, 1)]
    ys = [r.y for r in rows] + [t.y + s * t.h / 2 for t in view.tables for s in (-1, 1)]
    return xs, ys


@dataclass(frozen=True)
class Frame:
    """How the plan lands on the page: scales (page cm per plan cm), box size,
    the frame it is centred in, and the stagger step (0: none)."""

    sx: float
    sy: float
    bw: float
    bh: float
    area: tuple[float, float, float, float]
    step: float = 0.0
    rings: int = 1


def _frame(rows: list[SeatRow], view: PlanView, area=AREA) -> Frame:
    """Boxes as tall as chairs one above the other allow, then as wide as chairs
    side by side allow. A table too crowded for readable boxes staggers its seats
    over two rings of boxes (each box gets twice the room), the scale shrinking
    until the rings fit the page; boxes that still touch are made smaller."""
    frame = _scales(rows, view, _area(view, area), 1)
    if frame.bw <= MIN_BOX_W and view.shape != "theatre":  # rows: nothing to stagger
        frame = _staggered(rows, view, 2, frame.bh + 0.15, area)
    for _ in range(12):
        seats = [s for s in _shapes(rows, view, frame) if s[5] is not None]
        if not _touching(seats):
            break
        frame = replace(frame, bw=frame.bw * 0.92, bh=frame.bh * 0.92)
    return frame


def _touching(seats: list[tuple]) -> bool:
    """Whether two seat boxes overlap (by more than a hair)."""
    ordered = sorted(seats, key=lambda s: s[1])
    for i, (_, x1, y1, w, h, _) in enumerate(ordered):
        for _, x2, y2, _, _, _ in ordered[i + 1 :]:
            if x2 - x1 >= w - 0.02:
                break
            if abs(y2 - y1) < h - 0.02:
                return True
    return False


def _staggered(rows: list[SeatRow], view: PlanView, rings: int, step: float, whole) -> Frame:
    left, top, width, height = area = _area(view, whole)
    for _ in range(6):
        frame = replace(_scales(rows, view, area, rings), step=step, rings=rings)
        x0, y0, x1, y1 = _bounds(_shapes(rows, view, frame))
        over_w, over_h = (x1 - x0) - width, (y1 - y0) - height
        if over_w <= 0.01 and over_h <= 0.01:
            break
        area = (left, top, area[2] - max(0.0, over_w), area[3] - max(0.0, over_h))
    return frame


def _scales(rows, view: PlanView, area, rings: int) -> Frame:
    xs, ys = _extent(rows, view)
    dx, dy = max(max(xs) - min(xs), 1), max(max(ys) - min(ys), 1)
    _, _, width, height = area
    first = min(width / dx, height / dy)
    sx, sy = min(width / dx, STRETCH * first), min(height / dy, STRETCH * first)
    bh = min(2.0, max(1.2, 0.9 * PITCH * sy))
    bw = 3.6
    for _ in range(3):  # the scale leaves room for a box; the box fits the scale
        closest = _closest_across(rows, sx, sy, bh)
        bw = min(bw, max(MIN_BOX_W, 0.96 * rings * closest))
        sx, sy = (width - bw) / dx, (height - bh) / dy
        sx, sy = min(sx, STRETCH * sy), min(sy, STRETCH * sx)
    return Frame(sx, sy, bw, bh, area)


def _closest_across(rows: list[SeatRow], sx: float, sy: float, bh: float) -> float:
    """The smallest horizontal page distance between two chairs whose boxes of
    height ``bh`` would share a line."""
    points = sorted((r.y * sy, r.x * sx) for r in rows)
    best = 99.0
    for i, (y1, x1) in enumerate(points):
        for y2, x2 in points[i + 1 :]:
            if y2 - y1 >= bh:
                break
            best = min(best, abs(x2 - x1) or best)
    return best


def _seat_lines(row: SeatRow, language: str, size: float) -> tuple[Line, ...]:
    lines = [Line(str(row.position), size * 0.85, bold=True, colour="7F7F7F")]
    lines += [Line(part, size, bold=i == 0) for i, part in enumerate(row.name.split("\n")) if part]
    if row.organization:
        lines.append(Line(row.organization, size * 0.85, colour="595959"))
    return tuple(lines)


def _shapes(rows: list[SeatRow], view: PlanView, f: Frame) -> list[tuple]:
    """(kind, centre x, centre y, w, h, row or None) on the page, before centring."""
    shapes = []
    for t in view.tables:  # drawn inside its chairs' boxes
        w, h = _inset(t, f)
        shapes.append((t.kind, t.x * f.sx, t.y * f.sy, w, h, None))
    for r in rows:
        shapes.append(("seat", *_outward(r, f), f.bw, f.bh, r))
    return shapes


def _bounds(shapes: list[tuple]) -> tuple[float, float, float, float]:
    return (
        min(x - w / 2 for _, x, _, w, _, _ in shapes),
        min(y - h / 2 for _, _, y, _, h, _ in shapes),
        max(x + w / 2 for _, x, _, w, _, _ in shapes),
        max(y + h / 2 for _, _, y, _, h, _ in shapes),
    )


def chart_boxes(view: PlanView, language: str, area=AREA) -> list[Box]:
    """Every shape of the drawing (tables, chairs, door, screen) placed in ``area``
    (left, top, width, height in cm from the page's corner)."""
    rows = _drawn(view)
    if _crowded_round(rows, view, area):
        shapes = callout_boxes(rows, _area(view, area), _columns(view, area))
        return shapes + room_markers(view, language, area)
    f = _frame(rows, view, area)
    shapes = _shapes(rows, view, f)
    x0, y0, x1, y1 = _bounds(shapes)
    left, top, width, height = _area(view, area)  # centre the drawing in its frame
    ox, oy = left + (width - (x1 - x0)) / 2 - x0, top + (height - (y1 - y0)) / 2 - y0
    size = fitting_size([_seat_lines(r, language, 1.0) for r in rows], f.bw, f.bh)
    boxes = []
    for kind, x, y, w, h, r in shapes:
        corner = (ox + x - w / 2, oy + y - h / 2, w, h)
        if r is None:
            boxes.append(Box(*corner, kind, "F2F2F2", "808080", name="Table"))
            continue
        boxes.append(
            Box(*corner, fill=FILL.get(r.role, "FFFFFF"),
                outline="404040" if r.name else "A6A6A6",
                lines=_seat_lines(r, language, size), name=f"Seat {r.position}")
        )  # fmt: skip
    return boxes + room_markers(view, language, area)


def _crowded_round(rows: list[SeatRow], view: PlanView, area) -> bool:
    """A round table whose boxes would be too small to read round the circle:
    drawn with outer labels instead (callouts.py), when they fit."""
    if view.shape != "round":
        return False
    inner = _area(view, area)
    return _scales(rows, view, inner, 1).bw <= MIN_BOX_W and fits(rows, _columns(view, area))


def _columns(view: PlanView, area) -> tuple[float, float, float, float]:
    """Where outer labels go: the drawing's frame less a door/screen strip at a side."""
    inner = _area(view, area)
    return inner[0], area[1], inner[2], area[3]


def _area(view: PlanView, area=AREA) -> tuple[float, float, float, float]:
    """The drawing's frame, less a strip on each side holding the door or screen."""
    left, top, width, height = area
    sides = {view.door, view.screen} - {""}
    if "top" in sides:
        top, height = top + STRIP_H, height - STRIP_H
    if "bottom" in sides:
        height -= STRIP_H
    if "left" in sides:
        left, width = left + STRIP_W, width - STRIP_W
    if "right" in sides:
        width -= STRIP_W
    return left, top, width, height


def room_markers(view: PlanView, language: str, area=AREA) -> list[Box]:
    """The door (white) and the screen (dark) in the middle of their side of the
    drawing's frame; both on one side: side by side."""
    left, top, width, height = area
    markers = []
    for kind, side in (("door", view.door), ("screen", view.screen)):
        if not side:
            continue
        shared = view.door == view.screen
        shift = (-0.55 if kind == "door" else 0.55) * (MARK_W + 0.3) if shared else 0.0
        if side in ("top", "bottom"):
            x = left + width / 2 - MARK_W / 2 + shift
            y = top + 0.1 if side == "top" else top + height - MARK_H - 0.1
        else:
            x = left if side == "left" else left + width - MARK_W
            y = top + height / 2 - MARK_H / 2 + shift * MARK_H / MARK_W * 2
        en, zh = ROOM[kind]
        dark = kind == "screen"
        line = Line(_text(language, en, zh), 8.5, bold=True, colour="FFFFFF" if dark else "000000")
        markers.append(
            Box(x, y, MARK_W, MARK_H, "rect", "404040" if dark else "FFFFFF", "404040",
                (line,), name=en)
        )  # fmt: skip
    return markers


def _outward(row: SeatRow, f: Frame) -> tuple[float, float]:
    """The box's centre on the page (before centring): a staggered table pushes
    seats 2, 3... one ring further outward each, round robin, and the chair
    behind a seat beyond all the rings."""
    seat = row.position if row.at_table else row.behind or 1
    rings = (seat - 1) % f.rings + (0 if row.at_table else f.rings)
    a = math.radians(row.angle)
    return row.x * f.sx - math.sin(a) * f.step * rings, row.y * f.sy + math.cos(a) * f.step * rings


def _inset(table, f: Frame) -> tuple[float, float]:
    """The table's size on the page, shrunk by what its chairs' boxes overhang
    (more for a round table, whose boxes also overhang diagonally)."""
    extra = 1.35 if table.kind == "ellipse" else 1.0
    ix = max(0.0, (f.bw + 0.3) * extra - 2 * CHAIR * f.sx)
    iy = max(0.0, (f.bh + 0.3) * extra - 2 * CHAIR * f.sy)
    w, h = table.w * f.sx, table.h * f.sy
    return max(w - ix, w * 0.3), max(h - iy, h * 0.3)


def _page(document, marking: str) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(PAGE_W), Cm(PAGE_H)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(MARGIN))
    section.header_distance = section.footer_distance = Cm(0.5)
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = "Calibri", Pt(10)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "SimSun")
    if marking:
        header = section.header.paragraphs[0]
        header.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = header.add_run(marking)
        run.bold, run.font.size, run.font.color.rgb = True, Pt(9), RGBColor(0xC0, 0, 0)


def _unseated(names: list[str], language: str, room: int = 150) -> str:
    """One line above the drawing: who has no seat, as many names as fit."""
    head = _text(language, f"Without a seat ({len(names)}): ", f"未安排座位（{len(names)}人）：")
    shown = []
    for name in names:
        if len(head) + len(", ".join([*shown, name])) > room - 10:
            break
        shown.append(name)
    more = len(names) - len(shown)
    tail = _text(language, f" and {more} more", f" 等{more}人") if more else ""
    return head + ", ".join(shown) + tail


def build_chart(view: PlanView, language: str = "en", marking: str = "", title_zh: str = ""):
    """The chart as an unsaved python-docx Document."""
    document = Document()
    _page(document, marking)
    title = _text(language, f"{TITLES['en']}: {view.meeting_title}",
                  f"{TITLES['zh']}：{title_zh or view.meeting_title}")  # fmt: skip
    heading = document.add_paragraph()
    run = heading.add_run(title)
    run.bold, run.font.size = True, Pt(16)
    en_shape, zh_shape = SHAPES.get(view.shape, (view.shape, view.shape))
    occupied = sum(1 for r in view.seats if r.name)
    about = _text(
        language,
        f"{en_shape} · {view.seat_count} seats at the table · {occupied} seated",
        f"{zh_shape} · 桌旁{view.seat_count}座 · 已安排{occupied}人",
    )
    notes = document.add_paragraph(f"{about}. {_text(language, NOTES['en'], NOTES['zh'])}")
    notes.runs[0].font.size = Pt(8.5)
    if view.unseated:
        missing = document.add_paragraph(_unseated(view.unseated, language))
        missing.runs[0].font.color.rgb = RGBColor(0xC0, 0, 0)
        missing.runs[0].font.size = Pt(8.5)
    holder = document.add_paragraph()
    for i, box in enumerate(chart_boxes(view, language), start=1):
        holder._p.append(anchored_shape(box, shape_id=i, z=i))
    _properties(document, title, marking)
    return document


def _properties(document, title: str, marking: str) -> None:
    props = document.core_properties
    props.title = title
    props.author = props.last_modified_by = "Briefing App"
    props.created = props.modified = datetime.now(UTC).replace(microsecond=0)
    props.revision = 1
    props.comments = props.keywords = ""
    props.content_status = marking


def write_chart(
    view: PlanView, out: str | Path, language: str = "en", marking: str = "", title_zh: str = ""
) -> Path:
    """Write the chart to ``out`` atomically; return the path."""
    document = build_chart(view, language, marking, title_zh)
    return atomic_write(out, lambda tmp: document.save(str(tmp)))
