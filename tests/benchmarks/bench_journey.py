"""Benchmark: a new user's first meeting, counted in interactions.

On a fresh database with the demo library, the real main window is driven
with QTest mouse clicks and key events only (never by calling the widgets'
methods): a new meeting with three organizations (heads of delegation seated),
the suggested talking points, and the briefing set (Word pack and Excel list)
exported into a folder. Every click, shortcut, key and field typed counts as
one interaction. Both files are reopened and checked. This is the path
docs/first-meeting.md walks through.

The new meeting's zone comes from the database (the demo meeting's,
Asia/Shanghai) when the user has chosen none yet, whatever the machine's
zone (run it with ``TZ=America/New_York`` to see); when the default is not
the meeting's zone, the benchmark types the zone, and counts it.

Run: ``.venv/bin/python -m tests.benchmarks.bench_journey``.
Target: interactions <= 15.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
WORK = Path(tempfile.mkdtemp(prefix="bench-journey-"))
os.environ["BRIEFING_APP_HOME"] = str(WORK / "app-data")  # fresh settings, no last zone
os.environ["HOME"] = str(WORK / "home")  # where the folder dialog starts
(WORK / "home").mkdir()

from PySide6.QtCore import QPoint, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QFileDialog  # noqa: E402

TARGET = 15
TITLE = "Roundtable 2026 with government officials"
INVITED = ("SPC", "MFA", "CNIPA")


@dataclass
class Counter:
    """Sends real input events and counts them, one per click, key or field typed."""

    log: list[str] = field(default_factory=list)

    def _count(self, what: str) -> None:
        self.log.append(what)
        print(f"{len(self.log):3d}. {what}", flush=True)

    def click(self, widget, what: str, pos: QPoint | None = None) -> None:
        self._count(f"click {what}")
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         pos if pos is not None else widget.rect().center())  # fmt: skip

    def key(self, widget, key, what: str, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self._count(f"key {what}")
        QTest.keyClick(widget, key, modifier)

    def type(self, text: str, what: str) -> None:
        """Type into the widget that has the keyboard focus, as a person does."""
        self._count(f'type {what}: "{text}"')
        QTest.keyClicks(QApplication.focusWidget(), text)


@dataclass
class Step:
    ready: object  # () -> bool
    run: object  # () -> None


class Journey:
    """The steps, each run from a timer once it is ready, so that steps keep
    running inside the modal dialogs' own event loops."""

    def __init__(self, db) -> None:
        from briefing_app.settings import Settings
        from briefing_app.ui.main_window import MainWindow

        self.db, self.input = db, Counter()
        self.window = MainWindow(db, Settings.load())
        self.window.resize(1366, 768)
        self.steps = self._steps()
        self.done = False

    def start(self) -> None:
        self.window.show()
        self.window.activateWindow()
        QTimer.singleShot(100, self._next)

    def _next(self) -> None:
        """Run the next step if it is ready. The next look is scheduled first (a
        timer does not fire again while its own handler runs a dialog)."""
        if not self.steps:
            self.done = True
            QApplication.instance().quit()
            return
        QTimer.singleShot(100, self._next)
        if self.steps[0].ready():
            self.steps.pop(0).run()

    # -- what the user does --------------------------------------------------------------
    def _dialog(self):
        from briefing_app.ui.dialogs.new_meeting import NewMeetingDialog

        widget = QApplication.activeModalWidget()
        return widget if isinstance(widget, NewMeetingDialog) else None

    def _workspace(self):
        return next(iter(self.window.meeting_tabs.values()), None)

    def _steps(self) -> list[Step]:
        s = self.input
        always = lambda: True  # noqa: E731
        steps = [
            Step(self.window.isActiveWindow,
                 lambda: s.key(self.window, Qt.Key.Key_N, "Ctrl+N (File ▸ New Meeting…)",
                               Qt.KeyboardModifier.ControlModifier)),
            Step(lambda: self._dialog() is not None and self._dialog().isActiveWindow(),
                 lambda: s.type(TITLE, "title (the field has the focus)")),
            Step(always, lambda: s.click(self._dialog().starts.lineEdit(), "Starts, on the year",
                                         QPoint(6, 10))),
            Step(always, lambda: s.type("2026-03-24 09:30", "start date and time")),
            Step(always, lambda: s.click(self._dialog().venue, "Venue")),
            Step(always, lambda: s.type("WIPO Office in China, meeting room 1", "venue")),
            Step(always, lambda: s.click(self._dialog().city, "City")),
            Step(always, lambda: s.type("Beijing", "city")),
        ]  # fmt: skip
        steps += self._zone_steps()
        steps += [Step(always, lambda a=a: self._tick(a)) for a in INVITED]
        steps += [
            Step(always, lambda: s.click(self._dialog().create_button, "Create meeting")),
            Step(lambda: self._workspace() is not None,
                 lambda: s.click(self._workspace().export.set_button, "Export briefing set…",
                                 QPoint(12, 12))),
            Step(lambda: isinstance(QApplication.activeWindow(), QFileDialog),
                 lambda: s.key(QApplication.focusWidget(), Qt.Key.Key_Return,
                               "Enter (the folder offered: the home folder)")),
            Step(lambda: self._written() is not None, always),
        ]  # fmt: skip
        return steps

    def _zone_steps(self) -> list[Step]:
        """Only when the computer is not on Beijing time: type the zone's city."""

        def needed() -> bool:
            return self._dialog().timezone.zone() != "Asia/Shanghai"

        def click() -> None:
            if needed():
                self.input.click(self._dialog().timezone.lineEdit(), "Time zone")
                self.input.type("Shanghai", "time zone (Asia/Shanghai is the one match)")

        return [Step(lambda: True, click)]

    def _tick(self, acronym: str) -> None:
        checklist = self._dialog().organizations
        org_id = next(
            checklist.source.item(r).data(Qt.ItemDataRole.UserRole + 1)
            for r in range(checklist.source.rowCount())
            if checklist.source.item(r).text().endswith(f"({acronym})")
        )
        rect = checklist.row_rect(org_id)
        self.input.click(checklist.view.viewport(), f"tick {acronym}", rect.center())

    def _written(self):
        workspace = self._workspace()
        if workspace is None or workspace.export.task is not None:
            return None
        found = sorted((WORK / "home").glob("*.docx")), sorted((WORK / "home").glob("*.xlsx"))
        return (found[0][0], found[1][0]) if found[0] and found[1] else None


def check(db, pack: Path, people: Path) -> list[str]:
    """What a reader of the two files and the database would check; problems found."""
    import docx
    import openpyxl

    from briefing_app.db.models import Meeting
    from briefing_app.services import meeting_edit as me

    problems = []
    with db.session() as s:
        meeting = s.query(Meeting).filter(Meeting.title == TITLE).one()
        roles = [(r.organization, r.role) for r in me.list_participants(s, meeting.id)]
        picked = sum(n for *_, n in me.point_groups(s, meeting.id))
        picked += me.general_count(s, meeting.id)
        if meeting.timezone != "Asia/Shanghai" or meeting.city != "Beijing":
            problems.append(f"meeting: {meeting.timezone}, {meeting.city}")
    heads = [org for org, role in roles if role == "head_of_delegation"]
    if len(heads) != 3 or picked < 3:
        problems.append(f"seats {roles}, {picked} talking points")
    document = docx.Document(str(pack))
    text = "\n".join(p.text for p in document.paragraphs)
    text += "\n".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    names = ["Supreme People's Court", "Ministry of Foreign Affairs",
             "China National Intellectual Property Administration"]  # fmt: skip
    if TITLE not in text or not all(n in text for n in names):
        problems.append(f"{pack.name}: title or an invited organization missing")
    elif not text.index(names[0]) < text.index(names[1]) < text.index(names[2]):
        problems.append(f"{pack.name}: organizations not in order of precedence")
    if "WIPO mediation and arbitration for IP disputes" not in text:
        problems.append(f"{pack.name}: the court's suggested talking point is missing")
    sheet = openpyxl.load_workbook(people).active
    listed = " ".join(str(v) for row in sheet.iter_rows(values_only=True) for v in row if v)
    for family in ("ZHANG", "LIN", "HAN"):  # the three heads of delegation
        if family.casefold() not in listed.casefold():
            problems.append(f"{people.name}: {family} missing")
    return problems


def main() -> int:
    from briefing_app.db.migrate import open_database
    from briefing_app.services.demo import load_demo

    app = QApplication.instance() or QApplication(sys.argv[:1])
    db = open_database(str(WORK / "first-meeting.db"))
    with db.session() as s, s.begin():
        load_demo(s)
    journey = Journey(db)
    QTimer.singleShot(120_000, app.quit)  # a step that never becomes ready
    started = time.perf_counter()
    journey.start()
    app.exec()
    seconds = time.perf_counter() - started
    written = journey._written()
    journey.window.discard_changes_and_close()
    if not journey.done or written is None:
        print(f"FAILED: stopped before the end (step left: {len(journey.steps)})")
        return 1
    problems = check(db, *written)
    db.dispose()
    for problem in problems:
        print(f"FAILED: {problem}")
    print(f"files: {written[0].name}, {written[1].name}")
    print(f"time: {seconds:.1f} s (machine time, waiting for the export included)")
    count = len(journey.input.log)
    verdict = "OK" if count <= TARGET and not problems else "OVER TARGET" if not problems else ""
    print(f"interactions: {count} (target <= {TARGET}) {verdict}".rstrip())
    return 0 if count <= TARGET and not problems else 1


if __name__ == "__main__":
    sys.exit(main())
