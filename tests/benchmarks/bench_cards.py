"""Benchmark: place cards and name badges for a 200-participant meeting, each
written in well under a second, against python-docx alone writing the same
pages (the same names and sizes, one page a card; a table of the same labels)
measured in the same run.

What is timed is what a user runs: ``room_documents.export_cards`` and
``export_badges`` (database read, names, fitting, the document, atomic write).
The floors get the names already read.

Run: ``.venv/bin/python -m tests.benchmarks.bench_cards [--orgs 50] [--repeat 5]``.
Target: each under 1 s (``TARGET_S``).
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

from briefing_app.db.migrate import open_database
from briefing_app.db.models import Meeting
from briefing_app.services.seating.attendees import attendee_list
from briefing_app.services.seating.label_sheets import SHEETS
from briefing_app.services.seating.room_documents import export_badges, export_cards
from tests.benchmarks.bench_participants import timed
from tests.benchmarks.synthetic import make_large_meeting

TARGET_S = 1.0


def cards_floor(people, path: Path) -> None:
    """python-docx alone: each card's lines as runs at their sizes, a page break between."""
    document = Document()
    for n, person in enumerate(people.attendees):
        for text in (*person.names, *person.organization):
            run = document.add_paragraph().add_run(text)
            run.font.size, run.bold = Pt(40), True
        if n < len(people.attendees) - 1:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.save(str(path))


def badges_floor(people, path: Path) -> None:
    """python-docx alone: a table of labels, two a row, each with its lines."""
    document = Document()
    count = len(people.attendees)
    table = document.add_table(rows=(count + 1) // 2, cols=2)
    cells = [c for row in table.rows for c in row.cells]
    for person, cell in zip(people.attendees, cells, strict=False):
        cell.text = person.role.upper()
        for text in (*person.names, *person.organization):
            cell.add_paragraph().add_run(text).font.size = Pt(14)
    document.save(str(path))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orgs", type=int, default=50, help="organizations x 5 people")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = open_database(str(folder / "bench.db"))
        with db.session() as s, s.begin():
            meeting_id = make_large_meeting(s, organizations=args.orgs, points_per_org=0)
        with db.session() as s:
            meeting = s.get(Meeting, meeting_id)
            people = attendee_list(s, meeting, "both")
            count = len(people.attendees)
            print(
                f"{len(meeting.participants)} participants, {count} cards and badges (both scripts)"
            )

            def cards():
                export_cards(s, meeting, folder / "cards.docx", "both", "a4", True)

            def badges():
                export_badges(s, meeting, folder / "badges.docx", SHEETS["l7165"], "both")

            results = {
                "place cards": (
                    timed("place-cards (service, A4, both, --org)", args.repeat, cards),
                    timed("floor: python-docx alone, same pages", args.repeat,
                          lambda: cards_floor(people, folder / "floor-cards.docx")),
                ),
                "badges": (
                    timed("badges (service, L7165, both)", args.repeat, badges),
                    timed("floor: python-docx alone, same labels", args.repeat,
                          lambda: badges_floor(people, folder / "floor-badges.docx")),
                ),
            }  # fmt: skip
        db.dispose()
    for name, (ours, floor) in results.items():
        verdict = "ok" if ours < TARGET_S else "SLOW"
        print(f"{name}: {ours * 1000:.0f} ms, {ours / floor:.2f}x python-docx alone "
              f"({floor * 1000:.0f} ms); target < {TARGET_S:.0f} s: {verdict}")  # fmt: skip


if __name__ == "__main__":
    main()
