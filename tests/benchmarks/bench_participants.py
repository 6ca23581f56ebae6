"""Benchmark: participant-list export and import preview on a 2,000-participant
meeting, against openpyxl's floors measured in the same run:

- export: ``export_participants`` (database read, cleaning, formatting, table,
  validation, summary, atomic write) vs openpyxl write-only mode writing the
  same rows with no formatting;
- import: ``preview_import`` of that file (read, check, match, diff) vs
  openpyxl read-only mode reading the same rows.

Run: ``.venv/bin/python -m tests.benchmarks.bench_participants [--orgs 400] [--repeat 5]``.
Targets: export within 2x, import preview within 3x of those floors.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook, load_workbook

from briefing_app.db.migrate import open_database
from briefing_app.db.models import Meeting
from briefing_app.services.participants import export_participants, preview_import
from briefing_app.services.participants.export import build_rows, sheet_language
from tests.benchmarks.synthetic import make_large_meeting

TARGETS = {"export": 2.0, "import": 3.0}


def timed(label: str, repeat: int, fn: Callable[[], object]) -> float:
    """Median wall time of ``repeat`` calls of ``fn``."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    median = statistics.median(times)
    runs = ", ".join(f"{t * 1000:.0f}" for t in times)
    print(f"  {label:<52} {median * 1000:8.0f} ms  (runs: {runs})")
    return median


def write_only_floor(rows: list[list[object]], headers: list[str], path: Path) -> None:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Participants")
    ws.append(headers)
    for row in rows:
        ws.append(row)
    wb.save(path)


def read_only_floor(path: Path) -> int:
    wb = load_workbook(path, read_only=True)
    count = sum(1 for _ in wb["Participants"].iter_rows(values_only=True))
    wb.close()
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orgs", type=int, default=400, help="organizations x 5 people")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = open_database(str(folder / "bench.db"))
        with db.session() as s, s.begin():
            meeting_id = make_large_meeting(s, organizations=args.orgs, points_per_org=0)
        with db.session() as s:
            meeting = s.get(Meeting, meeting_id)
            data = build_rows(s, meeting, sheet_language(meeting))
        from briefing_app.services.participants.columns import COLUMNS

        headers = [c.header(data.language) for c in COLUMNS]
        print(f"participant list: {len(data.rows)} participants x {len(headers)} columns")
        out, floor = folder / "list.xlsx", folder / "floor.xlsx"

        def export() -> None:
            with db.session() as s:
                export_participants(s, meeting_id, out)

        def preview() -> None:
            with db.session() as s:
                result = preview_import(s, meeting_id, out)
            assert result.unchanged == len(data.rows) and not result.has_changes

        results = {}
        floor_w = timed(
            "openpyxl write-only, same rows, unformatted",
            args.repeat,
            lambda: write_only_floor(data.rows, headers, floor),
        )
        ours_w = timed("export_participants (from the database)", args.repeat, export)
        floor_r = timed("openpyxl read-only, same file", args.repeat, lambda: read_only_floor(out))
        ours_r = timed("preview_import (read, check, match, diff)", args.repeat, preview)
        results["export"] = ours_w / floor_w
        results["import"] = ours_r / floor_r
        db.dispose()
    for name, ratio in results.items():
        verdict = "OK" if ratio <= TARGETS[name] else "OVER TARGET"
        print(f"{name}: {ratio:.2f}x the floor (target <= {TARGETS[name]:.0f}x) {verdict}")


if __name__ == "__main__":
    main()
