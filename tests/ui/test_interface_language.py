"""Data in the interface's language (issue 10): a Chinese interface shows Chinese names,
titles and Chinese-script person names wherever the database has them (English where
it has none), in tables, pickers, the workspace and search; the first start follows the
system's language when no language was chosen."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from briefing_app.db.models import Organization
from briefing_app.settings import Settings
from briefing_app.ui.main_window import MainWindow


def _column(view, column: int) -> list[str]:
    model = view.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _header(view, column: int) -> str:
    return view.model.headerData(column, Qt.Orientation.Horizontal)


@pytest.fixture
def window(qtbot, demo_db):
    with demo_db.session() as s, s.begin():
        s.add(Organization(name_en="Only English Agency", acronym="OEA", precedence_rank=99))
    win = MainWindow(demo_db, Settings())
    qtbot.addWidget(win)
    win.show()
    yield win
    win.discard_changes_and_close()


def test_chinese_library_tables(chinese_interface, window):
    window.show_view("organizations")
    orgs = window.views["organizations"]
    assert (_header(orgs, 0), _header(orgs, 1)) == ("名称", "英文名称")
    names, english = _column(orgs, 0), _column(orgs, 1)
    assert names[0] == "世界知识产权组织中国办事处" and english[0] == "WIPO Office in China"
    assert "Only English Agency" in names  # no Chinese name: the English one
    window.show_view("people")
    people = window.views["people"]
    assert _header(people, 1) == "拉丁文姓名"
    row = _column(people, 1).index("Ms. XIE Wen")
    assert _column(people, 0)[row] == "谢文女士"
    assert _column(people, 2)[row] == "博鳌亚洲论坛"  # her organization, in Chinese
    assert _column(people, 3)[row] == "研究院主任"
    window.show_view("talking_points")
    points = window.views["talking_points"]
    assert "26项国际条约" in _column(points, 0) and "26 international treaties" in _column(
        points, 1
    )
    window.show_view("meetings")
    assert _column(window.views["meetings"], 1) == ["世界知识产权组织中国办事处2022年圆桌会议"]


def test_english_library_tables_are_unchanged(window):
    window.show_view("organizations")
    orgs = window.views["organizations"]
    assert (_header(orgs, 0), _header(orgs, 1)) == ("Name", "Chinese name")
    assert (_column(orgs, 0)[0], _column(orgs, 1)[0]) == (
        "WIPO Office in China",
        "世界知识产权组织中国办事处",
    )
    window.show_view("people")
    people = window.views["people"]
    row = _column(people, 0).index("Ms. XIE Wen")
    assert (_column(people, 1)[row], _column(people, 2)[row]) == ("谢文", "BFA")


def test_chinese_pickers(chinese_interface, window):
    window.show_view("people")
    combo = window.views["people"].editor.widgets["organization_id"].combo
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert "世界知识产权组织中国办事处 (WOC)" in labels
    assert "Only English Agency (OEA)" in labels
    window.show_view("talking_points")
    priorities = window.views["talking_points"].editor.widgets["priority_ids"].picker
    assert priorities.itemText(0) and all(
        "keys" not in priorities.itemText(i) for i in range(priorities.count())
    )


def test_chinese_workspace_and_search(chinese_interface, window):
    meetings = window.views["meetings"]
    window.open_meeting(meetings.model.id_at(0))
    workspace = window.tabs.currentWidget()
    assert workspace.title.text().startswith("世界知识产权组织中国办事处2022年圆桌会议")
    rows = workspace.participants.model.rows()
    host = rows[0]
    assert (host.organization, host.name) == ("世界知识产权组织中国办事处", "刘华女士")
    groups = workspace.talking_points.groups
    assert any(groups.item(i).text().startswith("国家知识产权局") for i in range(groups.count()))
    window.run_search("XIE")
    hits = window.results.tree.topLevelItem(0)
    found = [hits.child(i).text(0) for i in range(hits.childCount())]
    assert any(text.startswith("谢文女士") for text in found)


SYSTEM_LANGUAGE = """
from briefing_app.app import make_application
from briefing_app.settings import Settings
from briefing_app.ui.language import data_language
make_application(Settings.load(), offscreen=True)
print(data_language())
"""


@pytest.mark.parametrize(
    ("system", "saved", "expected"),
    [("zh_CN.UTF-8", None, "zh"), ("en_US.UTF-8", None, "en"), ("zh_CN.UTF-8", "en", "en")],
)
def test_first_start_follows_the_system_language(app_home, system, saved, expected):
    if saved:
        Settings(ui_language=saved).save()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANGUAGE"))}
    done = subprocess.run(
        [sys.executable, "-c", SYSTEM_LANGUAGE],
        capture_output=True,
        text=True,
        env={**env, "LANG": system},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[-1] == expected


def test_chinese_messages_name_the_record_in_chinese(chinese_interface, window):
    window.show_view("organizations")
    orgs = window.views["organizations"]
    orgs.open_record(orgs.model.id_at(0))
    orgs.editor.widgets["country"].set_value("中国")
    orgs.editor.widgets["country"].changed.emit()
    assert orgs.save()
    assert "世界知识产权组织中国办事处" in window.undo_stack.undoText()
