"""The seating chart as a one-page Word document (docs/seating.md): the table
drawn with a box on every chair (seat number, name in the meeting's language or
both scripts, organization), the place of honour at the top of the page."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from briefing_app.domain.seating_layout import CHAIR, PITCH
from briefing_app.services.files import atomic_write
from briefing_app.services.seating.drawing import Box, Line, anchored_shape
from briefing_app.services.seating.view import PlanView, SeatRow

PAGE_W, PAGE_H, MARGIN = 29.7, 21.0, 1.2
#: The drawing's frame on the page (cm): below the title, above the bottom margin.
AREA = (MARGIN, 3.3, PAGE_W - 2 * MARGIN, PAGE_H - 3.3 - MARGIN)
#: How much wider than tall (or the reverse) a drawing may be stretched to use
#: the landscape page: the chart is a diagram, not a floor plan to scale.
STRETCH = 1.6

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


def _scales(rows: list[SeatRow], view: PlanView) -> tuple[float, float, float, float]:
    """(x scale, y scale, box width, box height): page cm per plan cm and box size.

    Boxes are as tall as the closest chairs one above the other allow, then as
    wide as the closest chairs side by side (overlapping vertically) allow."""
    xs, ys = _extent(rows, view)
    dx, dy = max(max(xs) - min(xs), 1), max(max(ys) - min(ys), 1)
    _, _, width, height = AREA
    first = min(width / dx, height / dy)
    sx, sy = min(width / dx, STRETCH * first), min(height / dy, STRETCH * first)
    bh = min(2.0, max(1.2, 0.9 * PITCH * sy))
    bw = min(3.6, max(1.5, 0.96 * _closest_across(rows, sx, sy, bh)))
    sx, sy = (width - bw) / dx, (height - bh) / dy
    return min(sx, STRETCH * sy), min(sy, STRETCH * sx), bw, bh


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


def _boxes(view: PlanView, language: str) -> list[Box]:
    rows = _drawn(view)
    sx, sy, bw, bh = _scales(rows, view)
    xs, ys = _extent(rows, view)
    left, top, width, height = AREA
    # centre the drawing in its frame
    ox = left + (width - (max(xs) - min(xs)) * sx) / 2 - min(xs) * sx
    oy = top + (height - (max(ys) - min(ys)) * sy) / 2 - min(ys) * sy
    # the table drawn inside its chairs' boxes: inset by what the boxes overhang
    boxes = []
    for t in view.tables:
        w, h = _inset(t, sx, sy, bw, bh)
        left, top = ox + t.x * sx - w / 2, oy + t.y * sy - h / 2
        boxes.append(Box(left, top, w, h, t.kind, "F2F2F2", "808080", name="Table"))
    size = max(5.5, min(9.0, bw * 2.6))
    for r in rows:
        boxes.append(
            Box(ox + r.x * sx - bw / 2, oy + r.y * sy - bh / 2, bw, bh,
                fill=FILL.get(r.role, "FFFFFF"), outline="404040" if r.name else "A6A6A6",
                lines=_seat_lines(r, language, size), name=f"Seat {r.position}")
        )  # fmt: skip
    return boxes


def _inset(table, sx: float, sy: float, bw: float, bh: float) -> tuple[float, float]:
    """The table's size on the page, shrunk by what its chairs' boxes overhang
    (more for a round table, whose boxes also overhang diagonally)."""
    extra = 1.35 if table.kind == "ellipse" else 1.0
    ix = max(0.0, (bw + 0.3) * extra - 2 * CHAIR * sx)
    iy = max(0.0, (bh + 0.3) * extra - 2 * CHAIR * sy)
    w, h = table.w * sx, table.h * sy
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
        missing = document.add_paragraph(
            _text(language, "Without a seat: ", "未安排座位：") + ", ".join(view.unseated)
        )
        missing.runs[0].font.color.rgb = RGBColor(0xC0, 0, 0)
    holder = document.add_paragraph()
    for i, box in enumerate(_boxes(view, language), start=1):
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
