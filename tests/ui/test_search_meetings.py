"""The search box finds meetings; activating one opens its workspace."""

from __future__ import annotations

from briefing_app.settings import Settings
from briefing_app.ui import workers
from briefing_app.ui.main_window import MainWindow


def test_roundtable_lists_the_demo_meeting_and_opens_it(qtbot, demo_db):
    workers.set_default_pool(workers.SynchronousPool())
    try:
        window = MainWindow(demo_db, Settings())
        qtbot.addWidget(window)
        window.show()
        qtbot.keyClicks(window.search_box, "roundtable")
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.results)
        tree = window.results.tree
        qtbot.waitUntil(lambda: tree.topLevelItemCount() > 0)
        group = tree.topLevelItem(0)
        assert group.text(0) == "Meetings (1)"
        assert group.child(0).text(0) == "Roundtable 2022"
        assert "Beijing" in group.child(0).text(1)
        window.results.focus_first()
        tree.itemActivated.emit(tree.currentItem(), 0)
        assert list(window.meeting_tabs) == [1]
        assert window.tabs.currentWidget() is window.meeting_tabs[1]
        window.discard_changes_and_close()
    finally:
        workers.set_default_pool(None)


def test_a_chinese_interface_shows_the_chinese_title_first(qtbot, demo_db, chinese_interface):
    from briefing_app.ui.views.search_results import SearchResultsView

    view = SearchResultsView(demo_db)
    qtbot.addWidget(view)
    view.show_results("圆桌")
    group = view.tree.topLevelItem(0)
    assert group.text(0) == "会议 (1)"
    hit = group.child(0)
    assert hit.text(0) == "世界知识产权组织中国办事处2022年圆桌会议"
    assert hit.text(1).startswith("Roundtable 2022 — 2022-03-23")
