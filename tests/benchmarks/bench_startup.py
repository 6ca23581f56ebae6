"""Start-up as the user meets it: the installed launcher, a real X server, the scale database.

    .venv/bin/python -m tests.benchmarks.bench_startup [--rounds 7] [--warmup 1] [--db PATH]

Each run spawns a fresh process and measures the wall time until its window has
been painted with data, under Xvfb (started here; when Xvfb is missing the runs
fall back to the offscreen platform, and the output says so):

* the baseline: a bare PySide6 QMainWindow with a 20-row table of English and
  Chinese text, the same size as the app's first window;
* ``briefing-app --db SCALE`` (the installed console script) and
  ``python -m briefing_app --db SCALE``: the app prints "painted ROWS" once its
  main window has been painted with its meetings (``BRIEFING_APP_REPORT_START=1``,
  see ``ui/fast_start.py``) and "started" once the rest of the start (the ORM,
  the first record in the editor) is done. That the window is really mapped is
  checked with ``xdotool search --onlyvisible``.

Wall times are the target; each child's processor time at its first paint is printed
beside them (steadier on a busy machine). The app's modules are compiled first
(``compileall``), as an installed wheel is.

The scale database (5,000 organizations, 20,000 people, 50,000 talking points,
500 meetings; ``bench_gui.build_database``) is built once per schema revision
in the temp folder, and each run of this benchmark starts the app on a private
copy of it: the shared file is also opened by other benchmarks (and by other
checkouts on the same machine), and while one of them holds its writer lock the
app rightly takes the full open instead of the fast start, which is then what
would be measured.

How it measures (``rounds.py``): the machine's speed swings over tens of seconds,
so the three programs take turns: each round starts each of them once, in an
order that changes from round to round, after one warm-up round that is not
counted. Target: launcher / bare window <= 1.5, held against the median of the
per-round ratios of the wall times (each round's app start divided by the same
round's bare window); their spread (min-max), the same in processor time, the
best-of ratio and the ratio of the medians are printed beside it.

The command line's speed is measured beside it, in rounds too: ``briefing-app --db
SCALE meetings``, whole process, against a process that only starts Python.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from briefing_app.db.schema_head import HEAD_REVISION
from tests.benchmarks.rounds import Rounds, Sample, load_average, ratio_line, run_rounds

TARGET = 1.5
BARE = "bare window"
LAUNCHER = Path(sys.executable).with_name("briefing-app")

_BARE_CHILD = """
import time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

app = QApplication([])
model = QStandardItemModel(20, 4)
for row in range(20):
    for col, text in enumerate([f"Roundtable {row}", "知识产权合作圆桌会议", "Beijing", "北京"]):
        model.setItem(row, col, QStandardItem(text))
window = QMainWindow()
table = QTableView()
table.setModel(model)
window.setCentralWidget(table)
window.setWindowTitle("bare")

class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not hasattr(self, "seen"):
            self.seen = True
            QTimer.singleShot(0, report)
        return False

def report():
    print("painted", model.rowCount(), f"{time.process_time():.4f}", flush=True)

painted = Painted()
window.installEventFilter(painted)
window.resize(1256, 706)
window.show()
app.exec()
"""


def scale_database(path: Path | None) -> Path:
    """The scale database, built once per schema revision (cached in the temp folder)."""
    from tests.benchmarks.bench_gui import build_database

    path = path or Path(tempfile.gettempdir()) / f"briefing-bench-scale-{HEAD_REVISION}.db"
    if not path.exists():
        start = time.perf_counter()
        build_database(path)
        print(f"built the scale database {path} in {time.perf_counter() - start:.1f} s")
    return path


def private_copy(path: Path, folder: Path) -> Path:
    """``path`` copied into ``folder``: no other process holds its writer lock (see module)."""
    copy = folder / path.name
    shutil.copyfile(path, copy)
    return copy


class Display:
    """An Xvfb server for the runs (None when Xvfb is missing: offscreen instead)."""

    def __init__(self) -> None:
        self.server, self.name = None, None
        if shutil.which("Xvfb") is None:
            return
        read, write = os.pipe()
        self.server = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        with os.fdopen(read) as fh:
            self.name = ":" + fh.readline().strip()

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
        if self.name is None:
            return {**env, "QT_QPA_PLATFORM": "offscreen"}
        return {**env, "DISPLAY": self.name, "QT_QPA_PLATFORM": "xcb"}

    def visible(self, title: str) -> bool:
        if self.name is None or shutil.which("xdotool") is None:
            return True  # nothing to ask
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", title],
            env=self.env(), capture_output=True, text=True,
        )  # fmt: skip
        return bool(found.stdout.strip())

    def close(self) -> None:
        if self.server is not None:
            self.server.terminate()
            self.server.wait()


def launch(command: list[str], env: dict[str, str], display: Display, title: str) -> dict:
    """Seconds from spawning ``command`` to its "painted" (and "started") line."""
    start = time.perf_counter()
    child = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    times, rows = {}, 0
    try:
        for line in child.stdout:
            word, *rest = line.split()
            if word in ("painted", "started"):
                times[word] = time.perf_counter() - start
            if word == "painted":
                rows, times["cpu"] = int(rest[0]), float(rest[1])
                times["visible"] = display.visible(title)
            if word == "started" or (word == "painted" and title == "bare"):
                break
    finally:
        child.send_signal(signal.SIGTERM)  # the app quits cleanly and releases its lock
        _out, err = child.communicate(timeout=60)
    if "painted" not in times or rows == 0:
        raise SystemExit(f"{command[:3]} did not report its painted window:\n{err[-2000:]}")
    return times


def compile_package() -> bool:
    """Bytecode for the app's modules, as an installed wheel has (PYTHONDONTWRITEBYTECODE
    may be set here; then every start would compile the changed modules from source)."""
    import briefing_app

    package = Path(briefing_app.__file__).parent
    done = subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)])
    return done.returncode == 0


def whole_run(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=120)
    return time.perf_counter() - start


def _ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:.0f} ms"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--rounds", "--runs", type=int, default=7, help="counted (default 7)")
    parser.add_argument("--warmup", type=int, default=1, help="rounds not counted (default 1)")
    args = parser.parse_args(argv)
    home = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    try:
        measure(args, home)
    finally:
        shutil.rmtree(home, ignore_errors=True)  # the copy of the database and the data folders


def measure(args: argparse.Namespace, home: Path) -> None:
    os.environ["BRIEFING_APP_HOME"] = str(home / "setup")
    db = str(private_copy(scale_database(args.db), home))
    compiled = compile_package()
    display = Display()
    env = {**display.env(), "BRIEFING_APP_REPORT_START": "1"}
    module = [sys.executable, "-m", "briefing_app", "--db", db]
    programs = {
        BARE: ([sys.executable, "-c", _BARE_CHILD], "bare"),
        "briefing-app": ([str(LAUNCHER), "--db", db], "Briefing App"),
        "python -m briefing_app": (module, "Briefing App"),
    }
    starts: dict[str, list[dict]] = {name: [] for name in programs}

    def start(name: str) -> Sample:
        """One start of ``name`` in a data folder of its own; its time to the painted
        window and the child's processor time then (the rest kept in ``starts``)."""
        command, title = programs[name]
        run_env = {**env, "BRIEFING_APP_HOME": str(home / f"{name}-{len(starts[name])}")}
        times = launch(command, run_env, display, title)
        starts[name].append(times)
        return Sample(times["painted"], times["cpu"])

    load_before = load_average()
    try:
        variants = {name: (lambda name=name: start(name)) for name in programs}
        rounds = run_rounds(variants, args.rounds, args.warmup)
    finally:
        display.close()
    counted = {name: runs[args.warmup :] for name, runs in starts.items()}
    where = f"Xvfb {display.name}" if display.name else "OFFSCREEN (Xvfb is missing)"
    print(
        f"start-up to the main window painted with data, {where}, {args.rounds} rounds after "
        f"{args.warmup} warm-up, the programs taking turns (machine load {load_before} before, "
        f"{load_average()} after):"
    )
    report(rounds, counted, compiled)
    cli_speed(db, home, args.rounds, args.warmup)


def report(rounds: Rounds, starts: dict[str, list[dict]], compiled: bool) -> None:
    if not compiled:
        print("  note: compiling the app's modules failed: starts compile them from source")
    bare, bare_cpu = rounds.walls(BARE), rounds.cpus(BARE)
    print(f"  {BARE} (QMainWindow, 20-row table, English + Chinese): median {_ms(bare)} "
          f"(processor time {_ms(bare_cpu)})")  # fmt: skip
    for name in list(starts)[1:]:
        painted, cpu = rounds.walls(name), rounds.cpus(name)
        started = [r["started"] for r in starts[name] if "started" in r]
        hidden = sum(not r["visible"] for r in starts[name])
        print(
            f"  {name}: painted with its meetings, median {_ms(painted)} (processor time "
            f"{_ms(cpu)}); start finished (ORM loaded, first record in the editor) "
            f"{_ms(started)}" + (f"; NOT VISIBLE in {hidden} runs" if hidden else "")
        )
    print(
        f"ratios to the {BARE}, over {rounds.count} rounds: the median of the per-round "
        "ratios [min-max] in wall time (held against the target) and processor time; "
        "then best-of (best / best) and the ratio of the medians"
    )
    for name in list(starts)[1:]:
        ratio = rounds.ratio(name, BARE)
        of_medians = statistics.median(rounds.walls(name)) / statistics.median(bare)
        print(ratio_line(name, ratio, "wall", TARGET))
        print(f"  {'':<32} ratio of the medians {of_medians:.2f}x wall")


def cli_speed(db: str, home: Path, rounds: int, warmup: int) -> None:
    cli_env = {**os.environ, "BRIEFING_APP_HOME": str(home / "cli")}
    python, meetings = "python -c pass", "briefing-app meetings"
    taken = run_rounds(
        {
            python: lambda: whole_run([sys.executable, "-c", "pass"], cli_env),
            meetings: lambda: whole_run([str(LAUNCHER), "--db", db, "meetings"], cli_env),
        },
        rounds,
        warmup,
    )
    print(
        f"command line, in rounds too: briefing-app meetings (500 rows, whole process) "
        f"median {_ms(taken.walls(meetings))}; python -c pass {_ms(taken.walls(python))}"
    )


if __name__ == "__main__":
    main()
