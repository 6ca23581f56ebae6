"""GUI speed on a scale database: start-up and search-as-you-type.

    .venv/bin/python -m tests.benchmarks.bench_gui [--db PATH] [--runs 5]

1. Builds (once, cached in the temp folder) a database with 5,000
   organizations, 20,000 people, 50,000 talking points and 500 meetings.
2. Start-up: wall time from spawning a process to its main window being shown
   and populated, against a bare PySide6 window (QMainWindow + QTableView) in
   the same run. Target: ratio <= 2. The app child runs the real start
   (``run_gui``, what ``briefing-app --db PATH`` runs) and reports when the
   window has been painted with its meetings rows; the full open (dialogs,
   migration check through SQLAlchemy), which unusual databases still take, is
   measured beside it.
3. Search-as-you-type: every prefix of English and Chinese terms, as typed
   keystroke by keystroke; p50/p95 per query. Target: p95 <= 30 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

SCALE = {"organizations": 5_000, "people": 20_000, "talking_points": 50_000, "meetings": 500}
_WORD_TEXT = (
    "innovation intellectual property patent trademark copyright design cooperation "
    "ministry commerce court customs technology digital enterprise small medium youth women "
    "treaty hague madrid marrakesh global index policy dispute mediation data ecosystem "
    "capacity building academy judicial training development sustainable"
)
WORDS = _WORD_TEXT.split()
HANZI = (
    "知识产权创新合作商务部最高人民法院检察院海关总署市场监督管理"
    "科技数字企业中小青年妇女条约全球指数政策争议调解数据生态能力建设学院司法培训发展可持续"
)
FAMILY = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu"]
FAMILY_ZH = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"]
# The last term of each list matches nothing: its 1-2 character prefixes scan with LIKE.
EN_TERMS = ["innovation", "commerce", "trademark", "zq"]
ZH_TERMS = ["知识产权", "人民法院", "市场监督", "鑫淼"]


def _text(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def _zh(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(HANZI) for _ in range(n))


def build_database(path: Path) -> None:
    """Create and fill the scale database with bulk inserts (one transaction)."""
    from sqlalchemy import insert

    from briefing_app.db.migrate import open_database
    from briefing_app.db.models import Meeting, Organization, Person, TalkingPoint

    rng = random.Random(7)
    now = datetime(2024, 1, 1)
    db = open_database(str(path))
    common = {"version": 1, "created_at": now, "updated_at": now}
    orgs = [
        {**common, "uid": f"o{i}", "name_en": f"{_text(rng, 3).title()} Administration {i}",
         "name_zh": _zh(rng, 6) + "局", "acronym": f"A{i}", "kind": "administration",
         "country": "China", "precedence_rank": i, "mandate": _text(rng, 40), "relevance": "",
         "website": "", "notes": "", "tags": []}
        for i in range(1, SCALE["organizations"] + 1)
    ]  # fmt: skip
    people = [
        {**common, "uid": f"p{i}", "organization_id": 1 + i % SCALE["organizations"],
         "family_name": rng.choice(FAMILY), "given_name": f"Given{i}",
         "native_name": rng.choice(FAMILY_ZH) + _zh(rng, 2), "name_order": "family_first",
         "honorific": "Mr.", "title_en": _text(rng, 3).title(), "title_zh": _zh(rng, 4),
         "rank": i % 7, "email": "", "phone": "", "languages": [], "bio": _text(rng, 30),
         "needs": "", "notes": ""}
        for i in range(SCALE["people"])
    ]  # fmt: skip
    points = [
        {**common, "uid": f"t{i}", "title": _text(rng, 5).capitalize(), "title_zh": _zh(rng, 8),
         "text_en": _text(rng, 60), "text_zh": _zh(rng, 80), "tags": [], "status": "approved",
         "owner": "WOC", "classification": ""}
        for i in range(SCALE["talking_points"])
    ]  # fmt: skip
    meetings = [
        {**common, "uid": f"m{i}", "title": f"Roundtable {i}", "title_zh": "", "kind": "",
         "starts_at": now + timedelta(days=i), "timezone": "Asia/Shanghai", "venue": "",
         "city": "Beijing", "objectives": "", "objectives_zh": "", "classification": "",
         "language": "en", "status": "planned"}
        for i in range(SCALE["meetings"])
    ]  # fmt: skip
    with db.engine.begin() as conn:
        for model, rows in [
            (Organization, orgs), (Person, people), (TalkingPoint, points), (Meeting, meetings)
        ]:  # fmt: skip
            conn.execute(insert(model.__table__), rows)
    db.dispose()


_BARE_CHILD = """
import time, sys
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
from PySide6.QtGui import QStandardItemModel
app = QApplication([])
w = QMainWindow(); t = QTableView(); t.setModel(QStandardItemModel(10, 5)); w.setCentralWidget(t)
w.resize(1280, 800); w.show(); app.processEvents()
print("ready", flush=True)
"""

_ORM_CHILD = """
import sqlalchemy.orm
print("ready", flush=True)
"""

# The floor for any app on this stack: the bare window plus importing the ORM and
# declaring our models (no database opened, no view built).
_FLOOR_CHILD = _BARE_CHILD.replace('print("ready"', 'import briefing_app.db.models\nprint("ready"')

# The real start path: "ready" once the main window has been painted with its meetings
# (an event filter on the window; the timer it starts runs when that paint is done).
_APP_CHILD = """
import sys, time
t0 = time.perf_counter()
from briefing_app import app as gui
from PySide6.QtCore import QEvent, QObject, QTimer

class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not hasattr(self, "seen"):
            self.seen = True
            QTimer.singleShot(0, lambda: ready(watched))
        return False

def ready(window):
    assert window.views["meetings"].model.rowCount() > 0, "meetings not populated"
    orm = int("sqlalchemy" in sys.modules)
    print("ready", f"{time.perf_counter() - t0:.3f} {orm}", flush=True)
    QTimer.singleShot(0, window.discard_changes_and_close)

painted = Painted()
show = gui.GuiSession.show
def show_and_watch(self, *args, **kwargs):
    window = show(self, *args, **kwargs)
    window.installEventFilter(painted)
    return window
gui.GuiSession.show = show_and_watch
sys.exit(gui.run_gui(sys.argv[1]))
"""

# The full open, as every start did before the fast start (and unusual databases still do).
_FULL_OPEN_CHILD = """
import sys, time
t0 = time.perf_counter()
from briefing_app.app import make_application, open_for_gui
from briefing_app.settings import Settings
app = make_application(Settings(), offscreen=True)
t1 = time.perf_counter()
db = open_for_gui(sys.argv[1])
t2 = time.perf_counter()
from briefing_app.ui.main_window import MainWindow
w = MainWindow(db, Settings()); w.resize(1280, 800); w.show(); app.processEvents()
assert w.views["meetings"].model.rowCount() > 0, "meetings not populated"
t3 = time.perf_counter()
print("ready", f"{t1 - t0:.3f} {t2 - t1:.3f} {t3 - t2:.3f}", flush=True)
w.discard_changes_and_close(); db.dispose()
"""


def _spawn(code: str, *args: str) -> tuple[float, list[float]]:
    """Wall time from spawning until the child prints "ready" (its window is shown and
    populated; process exit is not counted), and the phase times the child reports."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    with subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    ) as child:
        line = child.stdout.readline()
        elapsed = time.perf_counter() - start
        _out, err = child.communicate()
    assert line.startswith("ready"), err
    return elapsed, [float(x) for x in line.split()[1:]]


def bench_startup(db_path: Path, runs: int) -> dict:
    bare, app, orm, full, phases = [], [], [], [], []
    for _ in range(runs):  # interleaved so all see the same machine load
        bare.append(_spawn(_BARE_CHILD)[0])
        elapsed, (_inside, orm_loaded) = _spawn(_APP_CHILD, str(db_path))
        app.append(elapsed)
        orm.append(orm_loaded)
        elapsed, parts = _spawn(_FULL_OPEN_CHILD, str(db_path))
        full.append(elapsed)
        phases.append(parts)
    return {
        "bare": statistics.median(bare),
        "app": statistics.median(app),
        "orm_at_paint": sum(orm),
        "full": statistics.median(full),
        "phases": [statistics.median(p[i] for p in phases) for i in range(3)],
    }


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def bench_search(db_path: Path, terms: list[str], repeats: int = 5) -> list[float]:
    """Milliseconds per query, every prefix of every term, as typed."""
    from briefing_app.db.session import connect
    from briefing_app.services.search import search

    db = connect(f"sqlite:///{db_path}")
    times = []
    with db.session() as s:
        for _ in range(repeats):
            for term in terms:
                for n in range(1, len(term) + 1):
                    start = time.perf_counter()
                    search(s, term[:n])
                    times.append((time.perf_counter() - start) * 1000)
    db.dispose()
    return times


def _has_bytecode() -> bool:
    """True when the app's modules are compiled (.pyc), as in an installed wheel."""
    import importlib.util

    source = importlib.util.find_spec("briefing_app.ui.main_window").origin
    return Path(importlib.util.cache_from_source(source)).exists()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(tempfile.gettempdir()) / "briefing-bench-gui.db"
    parser.add_argument("--db", type=Path, default=default)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("BRIEFING_APP_HOME", tempfile.mkdtemp(prefix="bench-home-"))
    if not args.db.exists():
        start = time.perf_counter()
        build_database(args.db)
        print(f"built scale database {args.db} in {time.perf_counter() - start:.1f} s")
    print("scale:", ", ".join(f"{v:,} {k}" for k, v in SCALE.items()))
    r = bench_startup(args.db, args.runs)
    bare, app, full = r["bare"], r["app"], r["full"]
    (qt, opening, window) = r["phases"]
    verdict = "OK" if app / bare <= 2 else "SLOW"
    print(f"start-up: bare PySide6 window {bare * 1000:.0f} ms, Briefing App {app * 1000:.0f} ms,")
    print(f"          ratio {app / bare:.2f}x (target <= 2x) {verdict}")
    print(
        f"          the real start (run_gui); SQLAlchemy was loaded at the first paint in "
        f"{r['orm_at_paint']:.0f} of {args.runs} runs (0 = the fast start was taken every time)"
    )
    print(
        f"          the full open (unusual databases): {full * 1000:.0f} ms "
        f"({full / bare:.2f}x): QApplication {qt * 1000:.0f} ms, opening the database "
        f"(imports SQLAlchemy, lock, header check; Alembic only to migrate) "
        f"{opening * 1000:.0f} ms, main window shown and populated {window * 1000:.0f} ms"
    )
    if not _has_bytecode():
        print(
            "          note: the app's modules have no bytecode here (PYTHONDONTWRITEBYTECODE is "
            "set, or nothing was compiled yet), so every start compiles them from source; an "
            "installed wheel has bytecode (python -m compileall briefing_app to measure that)"
        )
    orm = statistics.median(_spawn(_ORM_CHILD)[0] for _ in range(args.runs))
    floor = statistics.median(_spawn(_FLOOR_CHILD)[0] for _ in range(args.runs))
    print(
        f"          for scale: a process that only imports SQLAlchemy's ORM takes "
        f"{orm * 1000:.0f} ms ({orm / bare:.2f}x the bare window); the bare window plus "
        f"importing the ORM and our models {floor * 1000:.0f} ms ({floor / bare:.2f}x)"
    )
    for label, terms in (("English", EN_TERMS), ("Chinese", ZH_TERMS)):
        ms = bench_search(args.db, terms)
        p50, p95 = statistics.median(ms), _percentile(ms, 95)
        verdict = "OK" if p95 <= 30 else "SLOW"
        print(
            f"search {label} {terms}: {len(ms)} queries, p50 {p50:.1f} ms, p95 {p95:.1f} ms, "
            f"max {max(ms):.1f} ms (target p95 <= 30 ms) {verdict}"
        )


if __name__ == "__main__":
    main()
