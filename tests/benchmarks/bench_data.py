"""Whole-database export and import of the scale dataset, as the user runs them.

    .venv/bin/python -m tests.benchmarks.bench_data [--db PATH] [--rounds 1] [--only export|import]

Each command is a whole process (``briefing-app --db ... export-data`` /
``import``), timed from spawning to exit, with its peak memory (the child's
maximum resident set size, from ``wait4``). The dataset is the scale database of
``bench_startup`` (5,000 organizations, 20,000 people, 50,000 talking points,
500 meetings). The import goes into a new, empty database (all-or-nothing,
backup first, as always).

Targets: export-data <= 3 s; import <= 5 s and <= 300 MB peak. Baselines in the
same run, fresh processes as well: for the export, reading every row of the same
tables with ``sqlite3`` and writing them as JSON; for the import, reading and
parsing the file with ``json``. Processor time (user + system) is printed beside
the wall time: on a busy machine it is the steadier figure. A large import leaves
its records' search indexing to a process of its own after its commit
(services/search_index.py): how long after the import that is done is printed too.

Each round runs each command and its baseline one after the other, which of the two
goes first changing from round to round (``rounds.py``; the import's background
indexing is waited for before anything else runs). With several rounds (``--rounds
3``), the targets are held against the median of the rounds' wall times, and the
median of the per-round ratios to the baseline is printed with its spread.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.bench_startup import LAUNCHER, compile_package, scale_database
from tests.benchmarks.rounds import load_average, round_order

EXPORT_S, IMPORT_S, IMPORT_MB = 3.0, 5.0, 300

_EXPORT_FLOOR = """
import json, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
tables = ["organizations", "people", "talking_points", "engagements", "meetings",
          "participants", "meeting_talking_points", "agenda_items", "priorities"]
doc = {t: [dict(zip([c[0] for c in cur.description], row)) for row in cur]
       for t in tables for cur in [conn.execute(f"SELECT * FROM {t}")]}
open(sys.argv[2], "w", encoding="utf-8").write(
    json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True, default=str))
"""

_IMPORT_FLOOR = """
import json, sys
json.load(open(sys.argv[1], encoding="utf-8"))
"""


def measured(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """(seconds, peak resident MB, processor seconds) of one whole run of ``command``;
    it must succeed."""
    start = time.perf_counter()
    child = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    err = child.stderr.read().decode(errors="replace")
    child.stdout.close()
    child.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(command[:4])} failed:\n{err[-2000:]}")
    cpu = usage.ru_utime + usage.ru_stime
    return elapsed, usage.ru_maxrss / 1024, cpu  # ru_maxrss: kilobytes on Linux


def _line(label: str, seconds: float, mb: float, cpu: float, floor: tuple, target: str) -> str:
    return (
        f"  {label}: {seconds:.2f} s, peak {mb:.0f} MB, processor {cpu:.2f} s "
        f"({seconds / floor[0]:.1f}x the time, {mb / floor[1]:.1f}x the memory of the "
        f"baseline) {target}"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--rounds", "--runs", type=int, default=1, help="rounds (default 1)")
    parser.add_argument(
        "--only",
        choices=("export", "import"),
        help="measure only this command (an import still exports its file first, untimed)",
    )
    args = parser.parse_args(argv)
    db = scale_database(args.db)
    if not compile_package():  # bytecode, as an installed wheel has
        print("(compiling the app's modules failed: each run compiles them from source)")
    tmp = Path(tempfile.mkdtemp(prefix="bench-data-"))
    env = {**os.environ, "BRIEFING_APP_HOME": str(tmp / "home")}
    app = [str(LAUNCHER)]
    seen: dict[str, list[tuple]] = {"export": [], "import": []}
    load_before = load_average()
    for run in range(args.rounds):
        out, target_db = tmp / f"scale-{run}.json", tmp / f"imported-{run}.db"
        export_command = [*app, "--db", str(db), "export-data", "--out", str(out)]
        if args.only == "import":
            measured(export_command, env)  # the file to import, untimed
        else:
            floor_command = [sys.executable, "-c", _EXPORT_FLOOR, str(db), str(tmp / "f.json")]
            export, floor = _pair(run, export_command, floor_command, env)
            seen["export"].append((export, floor))
        print(f"scale dataset, round {run + 1}: the JSON file is {out.stat().st_size / 1e6:.0f} MB")
        if args.only != "import":
            _report_export(*seen["export"][-1])
        if args.only != "export":
            import_command = [*app, "--db", str(target_db), "import", str(out)]
            floor_command = [sys.executable, "-c", _IMPORT_FLOOR, str(out)]
            imported, floor = _pair(run, import_command, floor_command, env, target_db)
            seen["import"].append((imported, floor))
            _report_import(imported, floor)
    print(f"machine load {load_before} before, {load_average()} after")
    if args.rounds > 1:
        _summary(seen)


def _pair(
    run: int, command: list[str], floor: list[str], env: dict, indexed: Path | None = None
) -> tuple[tuple, tuple]:
    """``command`` and its baseline ``floor``, in the turn of round ``run``; after an
    import, its background search indexing is waited for before anything else runs."""
    result = {}
    for name in round_order(["command", "floor"], run):
        result[name] = measured(command if name == "command" else floor, env)
        if name == "command" and indexed is not None:
            waited = _search_indexes_complete(indexed)
            print(f"  the search indexes were complete {waited:.1f} s after the import ended "
                  "(indexed in the background: services/search_index.py)")  # fmt: skip
    return result["command"], result["floor"]


def _report_export(export: tuple, floor: tuple) -> None:
    print(
        f"  baseline: export (sqlite3 rows to JSON) {floor[0]:.2f} s, {floor[1]:.0f} MB, "
        f"processor {floor[2]:.2f} s"
    )
    ok = "OK" if export[0] <= EXPORT_S else "SLOW"
    print(_line("export-data", *export, floor, f"(target <= {EXPORT_S:.0f} s) {ok}"))
    if floor[0] > 1.3 * floor[2]:  # a lone process's wall time is about its processor time
        print(f"  (a busy machine: the baseline's wall time was {floor[0] / floor[2]:.1f}x its "
              "processor time; compare the processor times)")  # fmt: skip


def _report_import(imported: tuple, floor: tuple) -> None:
    print(
        f"  baseline: import (json.load of the file) {floor[0]:.2f} s, {floor[1]:.0f} MB, "
        f"processor {floor[2]:.2f} s"
    )
    ok = "OK" if imported[0] <= IMPORT_S and imported[1] <= IMPORT_MB else "SLOW"
    target = f"(target <= {IMPORT_S:.0f} s and <= {IMPORT_MB} MB) {ok}"
    print(_line("import", *imported, floor, target))


def _summary(seen: dict[str, list[tuple]]) -> None:
    """Medians over the rounds: the targets are held against the median wall time."""
    targets = {"export": f"<= {EXPORT_S:.0f} s", "import": f"<= {IMPORT_S:.0f} s"}
    for name, pairs in seen.items():
        if not pairs:
            continue
        walls = [command[0] for command, _ in pairs]
        cpus = [command[2] for command, _ in pairs]
        ratios = [command[0] / floor[0] for command, floor in pairs]
        print(
            f"{name}, {len(pairs)} rounds: median {statistics.median(walls):.2f} s wall "
            f"[{min(walls):.2f}-{max(walls):.2f}] (held against the target "
            f"{targets[name]}), processor {statistics.median(cpus):.2f} s, peak "
            f"{max(command[1] for command, _ in pairs):.0f} MB; per-round ratio to its "
            f"baseline {statistics.median(ratios):.1f}x [{min(ratios):.1f}-{max(ratios):.1f}]"
        )


def _search_indexes_complete(database: Path) -> float:
    """Seconds from now until the search indexes of ``database`` hold every record (the
    catch-up a large import starts in a process of its own)."""
    from briefing_app.db.session import connect
    from briefing_app.services.search_index import pending

    db = connect(f"sqlite:///{database}")
    start = time.perf_counter()
    try:
        while True:
            with db.engine.connect() as connection:
                if not pending(connection):
                    return time.perf_counter() - start
            time.sleep(0.2)
    finally:
        db.dispose()


if __name__ == "__main__":
    main()
