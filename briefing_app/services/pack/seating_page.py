"""The seating chart as the last part of the pack (docs/pack.md, docs/seating.md).

When the meeting has a seating plan, the pack ends with a page of its own: a
Heading 1 (so it is in the contents), one line naming the table, and the
drawing of the venue chart (services/seating/chart.py) fitted to the pack's
page inside its margins, names in both scripts. The drawing is floating shapes
anchored to an empty paragraph, so the page-number estimate sees a heading, a
line and an empty paragraph: one page, whatever the drawing holds
(layout_records reads no text inside text boxes).
"""

from __future__ import annotations

from docx.shared import Emu
from sqlalchemy.orm import Session

from briefing_app.db.models import Meeting
from briefing_app.services.pack.labels import pick_pair
from briefing_app.services.pack.model import ChartSeat, ChartTable, PackContent, SeatingChart

#: Room above the drawing for the heading and the line under it (cm).
HEADING_ROOM = 3.0
#: Names on the chart: both scripts, whatever the pack's language (the page is
#: also what the venue's staff and the interpreters look at).
NAMES = "both"


def seating_chart(session: Session, meeting: Meeting) -> SeatingChart | None:
    """The meeting's plan as the pack's snapshot holds it (None without a plan)."""
    from briefing_app.services.seating import plan_view

    view = plan_view(session, meeting, NAMES)
    if view is None:
        return None
    return SeatingChart(
        shape=view.shape,
        seat_count=view.seat_count,
        door=view.door,
        screen=view.screen,
        seats=[_seat(r) for r in view.seats],
        tables=[ChartTable(t.kind, t.x, t.y, t.w, t.h) for t in view.tables],
        unseated=list(view.unseated),
    )


def _seat(r) -> ChartSeat:
    return ChartSeat(
        r.position, r.x, r.y, r.angle, r.at_table, r.behind, r.name, r.organization, r.role
    )


def seating_title(language: str) -> str:
    """The page's heading in the pack's language (also the preview's)."""
    from briefing_app.services.seating.chart import TITLES

    return pick_pair(TITLES["en"], TITLES["zh"], language)


def seating_summary(chart: SeatingChart, language: str) -> str:
    """The line under the heading: shape, chairs at the table, people seated."""
    from briefing_app.services.seating.chart import SHAPES

    en, zh = SHAPES.get(chart.shape, (chart.shape, chart.shape))
    seated = sum(1 for s in chart.seats if s.name)
    return pick_pair(f"{en} · {chart.seat_count} seats at the table · {seated} seated",
                     f"{zh} · 桌旁{chart.seat_count}座 · 已安排{seated}人", language)  # fmt: skip


def _cm(length: Emu | int | None) -> float:
    return (length or 0) / 360000


def add_seating_page(doc, content: PackContent) -> None:
    """Append the chart's page to the filled document (no plan: nothing)."""
    from briefing_app.services.seating.chart import chart_boxes
    from briefing_app.services.seating.drawing import anchored_shape

    chart = content.seating
    if chart is None or not chart.seats:
        return
    language = content.language
    heading = doc.add_paragraph(seating_title(language), "Heading 1")
    heading.paragraph_format.page_break_before = True
    doc.add_paragraph(seating_summary(chart, language))
    holder = doc.add_paragraph()
    section = doc.sections[-1]
    left, top = _cm(section.left_margin), _cm(section.top_margin) + HEADING_ROOM
    width = _cm(section.page_width) - left - _cm(section.right_margin)
    height = _cm(section.page_height) - top - _cm(section.bottom_margin) - 0.3
    shapes = chart_boxes(chart, language, (left, top, width, height))
    for i, box in enumerate(shapes, start=1):
        holder._p.append(anchored_shape(box, shape_id=5000 + i, z=i))
