"""Benchmark: a 200-participant meeting seated by the protocol rules and its
one-page Word seating chart written, in well under a second, against
python-docx alone writing the same page's text measured in the same run.

What is timed is what ``briefing-app seating MEETING --out chart.docx`` does
after opening the database: ``seat_meeting`` (read the participants in order
of precedence, the rules, store every seat and seat number), ``plan_view`` (the
plan as rows with names in both scripts) and ``write_chart`` (the drawing,
atomic write). The floor gets the chart's text already read and writes it as
plain paragraphs on one landscape page (no drawing, no layout).

Run: ``.venv/bin/python -m tests.benchmarks.bench_seating [--orgs 40] [--repeat 5]``.
Target: seating + chart under 1 s (``TARGET_S``), for each table shape.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

from briefing_app.db.migrate import open_database
from briefing_app.db.models import Meeting
from briefing_app.services.seating import plan_view, seat_meeting
from briefing_app.services.seating.chart import write_chart
from tests.benchmarks.bench_participants import timed
from tests.benchmarks.synthetic import make_large_meeting

TARGET_S = 1.0
SHAPES = ("round", "boardroom", "u_shape", "theatre")


def chart_floor(view, path: Path) -> None:
    """python-docx alone: the title and every chair's number, name and
    organization as paragraphs on one landscape page."""
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    document.add_paragraph().add_run(f"Seating plan: {view.meeting_title}").bold = True
    for row in view.seats:
        paragraph = document.add_paragraph()
        for text in (str(row.position), row.name, row.organization):
            paragraph.add_run(text + " ").font.size = Pt(6)
    document.save(str(path))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orgs", type=int, default=40, help="organizations x 5 people")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = open_database(str(folder / "bench.db"))
        with db.session() as s, s.begin():
            meeting_id = make_large_meeting(s, organizations=args.orgs, points_per_org=0)
        with db.session() as s:
            meeting = s.get(Meeting, meeting_id)
            print(f"{len(meeting.participants)} participants, names in both scripts")
            for shape in SHAPES:
                seat_meeting(s, meeting, shape=shape, fit=True)  # the plan's size for this shape

                def seat_and_chart(shape=shape):
                    seat_meeting(s, meeting, shape=shape)
                    s.flush()
                    view = plan_view(s, meeting, "both")
                    write_chart(view, folder / "chart.docx", "both")

                def seat_only(shape=shape):
                    seat_meeting(s, meeting, shape=shape)
                    s.flush()

                view = plan_view(s, meeting, "both")
                print(f"{shape}: {view.seat_count} at the table, {len(view.seats)} chairs")
                results[shape] = (
                    timed(f"{shape}: seat + chart (service)", args.repeat, seat_and_chart),
                    timed(f"{shape}: of which seating alone", args.repeat, seat_only),
                    timed(f"{shape}: floor: python-docx alone, same text", args.repeat,
                          lambda view=view: chart_floor(view, folder / "floor.docx")),
                )  # fmt: skip
            s.rollback()
        db.dispose()
    for shape, (ours, seating, floor) in results.items():
        verdict = "ok" if ours < TARGET_S else "SLOW"
        print(f"{shape}: {ours * 1000:.0f} ms (seating {seating * 1000:.0f} ms), "
              f"{ours / floor:.2f}x python-docx alone ({floor * 1000:.0f} ms); "
              f"target < {TARGET_S:.0f} s: {verdict}")  # fmt: skip


if __name__ == "__main__":
    main()
