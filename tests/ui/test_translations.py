"""Every user-visible string of the interface has a Simplified Chinese translation.

Three checks: the .ts file (the source of the translation) has nothing
unfinished, empty or left over; pyside6-lupdate over today's sources finds no
new string and the shipped .qm is the compiled .ts; and walking the real main
window and meeting workspace in zh_CN asks the translator for no string it
cannot answer.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QObject, Qt, QTranslator

from briefing_app import paths
from briefing_app.settings import Settings
from briefing_app.ui.main_window import VIEW_NAMES, MainWindow

ROOT = Path(__file__).resolve().parents[2]
TS = paths.resources_dir() / "translations" / "briefing_app_zh_CN.ts"
QM = TS.with_suffix(".qm")


def _tool(name: str) -> str:
    path = Path(sys.executable).parent / name
    found = str(path) if path.exists() else shutil.which(name)
    if not found:
        pytest.skip(f"{name} is not installed")
    return found


def _sources() -> list[str]:
    files = sorted((ROOT / "briefing_app" / "ui").rglob("*.py"))
    return [str(p) for p in files] + [str(ROOT / "briefing_app" / "app.py")]


def test_ts_file_has_every_string_translated():
    problems = []
    for context in ET.parse(TS).getroot():
        for message in context.findall("message"):
            translation = message.find("translation")
            source = message.findtext("source")
            if translation.get("type") or not (translation.text or "").strip():
                problems.append((context.findtext("name"), source, translation.get("type")))
    assert problems == []


def test_lupdate_finds_no_new_string_and_the_qm_is_compiled_from_the_ts(tmp_path):
    copy = tmp_path / "check.ts"
    shutil.copy(TS, copy)
    out = subprocess.run(
        [_tool("pyside6-lupdate"), *_sources(), "-ts", str(copy)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout
    assert "(0 new and" in out, out
    assert 'type="unfinished"' not in copy.read_text(encoding="utf-8")
    qm = tmp_path / "check.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(TS), "-qm", str(qm)], check=True, cwd=ROOT)
    assert qm.read_bytes() == QM.read_bytes(), "run pyside6-lrelease on the .ts"


class _Recorder(QTranslator):
    """Asked first for every string: notes what our translation cannot answer."""

    def __init__(self, ours: QTranslator, others: list[QTranslator]) -> None:
        super().__init__()
        self.ours, self.others, self.missing = ours, others, set()

    def translate(self, context, source, disambiguation=None, n=-1):
        found = self.ours.translate(context, source, disambiguation, n)
        ours_only = not context.startswith("Q") and any(c.isalpha() for c in source)
        if not found and ours_only and not self._qt_knows(context, source, disambiguation, n):
            self.missing.add((context, source))
        return found

    def _qt_knows(self, *args) -> bool:
        return any(t.translate(*args) for t in self.others)

    def isEmpty(self) -> bool:
        return False


def _classes() -> dict[str, type]:
    found, todo = {}, [QObject]
    while todo:
        cls = todo.pop()
        found.setdefault(cls.__name__, cls)
        todo.extend(cls.__subclasses__())
    return found


def _kept_as_is() -> set[str]:
    """Sources whose translation is the same text ("en, zh"): PySide's ``tr`` then
    goes on asking the base classes' contexts, which is not a miss."""
    return {
        m.findtext("source")
        for m in ET.parse(TS).getroot().iter("message")
        if m.findtext("source") == m.findtext("translation")
    }


def _really_missing(recorder: _Recorder) -> set:
    """PySide's ``self.tr`` falls back to base classes' contexts: those count as found."""
    classes, left, same = _classes(), set(), _kept_as_is()
    for context, source in recorder.missing - {(c, s) for c, s in recorder.missing if s in same}:
        bases = [c.__name__ for c in getattr(classes.get(context), "__mro__", ())]
        if not any(recorder.ours.translate(base, source) for base in bases):
            left.add((context, source))
    return left


@pytest.fixture
def chinese(qapp):
    from briefing_app.app import install_translators

    translators = install_translators(qapp, "zh_CN")
    ours = next(t for t in translators if "briefing_app" in t.filePath())
    recorder = _Recorder(ours, [t for t in translators if t is not ours])
    qapp.installTranslator(recorder)
    yield recorder
    for translator in [recorder, *translators]:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale("en"))


def test_walking_the_app_in_chinese_meets_no_untranslated_string(qtbot, chinese, demo_db):
    win = MainWindow(demo_db, Settings())
    qtbot.addWidget(win)
    win.show()
    for name in VIEW_NAMES:
        win.show_view(name)
    win.show_view("meetings")
    win.views["meetings"].table.selectRow(0)
    win.views["meetings"].open_button.click()
    workspace = win.tabs.currentWidget()
    for index in range(workspace.tabs.count()):
        workspace.tabs.setCurrentIndex(index)
        qtbot.wait(20)
    assert workspace.review.versions_model.headerData(0, Qt.Orientation.Horizontal) == "版本"
    assert _really_missing(chinese) == set()
    win.discard_changes_and_close()


def test_service_problems_are_translated_by_their_code(chinese, session):
    from datetime import datetime

    from briefing_app.errors import Problem
    from briefing_app.services import library
    from briefing_app.services.meeting_edit import MeetingDetails, validate_details
    from briefing_app.ui.views.problem_text import problem_text

    with pytest.raises(library.FieldErrors) as caught:
        library.validate(session, "organization", {"name_en": "x" * 301, "tie_order": "12x"})
    problems = caught.value.fields
    assert problems["tie_order"] == '"12x" is not a whole number'  # English for the CLI
    assert problem_text(problems["tie_order"]) == "“12x”不是整数"
    assert problem_text(problems["name_en"]) == "长度为 301 个字符，最多只能 300 个"
    later = validate_details(
        session,
        MeetingDetails(
            title="T", starts_at=datetime(2026, 5, 2, 10), ends_at=datetime(2026, 5, 1, 10)
        ),
    )
    assert problem_text(later["ends_at"]) == "会议结束时间早于开始时间"
    # the code decides, not the English: a reworded message keeps its translation
    assert (
        problem_text(Problem("ends_before_start", "ends too early")) == "会议结束时间早于开始时间"
    )
    assert problem_text("the meeting ends before it starts") == "the meeting ends before it starts"
    assert problem_text(Problem("something_new", "something new")) == "something new"


def test_service_errors_are_translated_by_their_code(chinese, tmp_path):
    from briefing_app.errors import ChangedMeanwhileError, UserError
    from briefing_app.services.lock import ReadOnlyOpenError
    from briefing_app.ui.views.problem_text import error_text

    missing = ReadOnlyOpenError("read_only_missing", tmp_path / "x.db", "只读介质")
    assert str(missing).startswith(f"{tmp_path / 'x.db'} does not exist")  # the CLI's line
    assert error_text(missing) == f"{tmp_path / 'x.db'} 不存在且无法创建：只读介质"
    gone = ChangedMeanwhileError("people", 7, "people record 7 is gone")
    assert error_text(gone).startswith("数据库") or "人员" in error_text(gone)
    assert error_text(UserError("plain English")) == "plain English"


def test_roles_and_rsvp_states_say_what_the_pack_and_the_list_say(chinese):
    """One vocabulary (domain/vocabulary.py): the interface said 已谢绝 for a declined
    invitation where the pack and the participant list say 已婉拒."""
    from PySide6.QtCore import QCoreApplication

    from briefing_app.domain.vocabulary import ROLE_WORDS, RSVP_WORDS
    from briefing_app.ui.item_models.meeting_columns import _ROLES, _RSVPS

    for words, sources in ((ROLE_WORDS, _ROLES), (RSVP_WORDS, _RSVPS)):
        for value, (en, zh) in words.items():
            assert sources[str(value)] == en
            assert QCoreApplication.translate("MeetingColumns", en) == zh
