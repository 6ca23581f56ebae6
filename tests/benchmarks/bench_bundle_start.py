"""Start-up of the desktop bundle against the installed package, in the same run.

    .venv/bin/python packaging/build.py --no-archive          # dist/briefing-app/
    .venv/bin/python -m tests.benchmarks.bench_bundle_start [--bundle PATH] [--runs 7]

Each run is a whole process, from spawning it to its exit: ``gui --screenshot``
(QApplication, the main window with the demo meeting painted offscreen, the
PNG saved) and ``meetings`` (the command line's path). The two programs take
turns so that load on the machine hits both alike; the processor time (user +
system) of each process is printed beside the wall time, as it is steadier on a
busy machine. Target: bundle/package <= 1.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
INSTALLED = Path(sys.executable).with_name("briefing-app")
BUNDLE = ROOT / "dist" / "briefing-app" / "briefing-app"


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall, processor) seconds of one whole run of ``command``."""
    cpu, started = _children_cpu(), time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=120)
    return time.perf_counter() - started, _children_cpu() - cpu


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=BUNDLE)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="bench-bundle-"))
    env = {**os.environ, "BRIEFING_APP_HOME": str(tmp / "home"), "QT_QPA_PLATFORM": "offscreen"}
    db = str(tmp / "demo.db")
    subprocess.run([str(INSTALLED), "--db", db, "init", "--demo"], env=env, check=True)
    jobs = {
        "gui --screenshot": ["--db", db, "gui", "--screenshot", str(tmp / "shot.png")],
        "meetings": ["--db", db, "meetings"],
    }
    programs = {"package": str(INSTALLED), "bundle": str(args.bundle)}
    for name, job in jobs.items():
        times: dict[str, list[tuple[float, float]]] = {p: [] for p in programs}
        for _ in range(args.runs):
            for program, exe in programs.items():
                times[program].append(timed([exe, *job], env))
        for i, kind in enumerate(("wall", "processor")):
            med = {p: statistics.median(t[i] for t in runs) for p, runs in times.items()}
            print(
                f"{name:18} {kind:9} package {med['package']:.2f} s  bundle {med['bundle']:.2f} s"
                f"  ratio {med['bundle'] / med['package']:.2f}  (median of {args.runs})"
            )


if __name__ == "__main__":
    main()
