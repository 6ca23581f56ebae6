"""The window completes the search indexes a large import left to build
(ui/search_indexing.py, services/search_index.py), saying so in the search box
meanwhile, whether the import was made elsewhere or from its File menu."""

from __future__ import annotations

import json

import pytest

from briefing_app.services.interchange import import_data
from briefing_app.settings import Settings
from briefing_app.ui import workers
from briefing_app.ui.main_window import MainWindow
from tests.services.test_interchange_bulk import _dataset
from tests.services.test_search_index import _pending, small_catch_up  # noqa: F401 (fixture)

BUILDING = "Search (the search index is being built: slower meanwhile)"

pytestmark = pytest.mark.usefixtures("small_catch_up")


def test_opening_a_database_left_to_index_completes_it(qtbot, db):
    with db.session() as s, s.begin():  # imported by the command line, say
        import_data(s, _dataset())
    assert _pending(db)
    window = MainWindow(db, Settings())
    qtbot.addWidget(window)
    indexing = window.search_indexing
    assert indexing.building and window.search_box.placeholderText() == BUILDING
    assert "being indexed" in window.search_box.toolTip()
    meanwhile = window.results.show_results("Innovation").groups  # search works meanwhile
    assert meanwhile["talking_point"]
    qtbot.waitUntil(lambda: not indexing.building, timeout=30_000)
    assert window.search_box.placeholderText().startswith("Search meetings, organizations")
    assert window.statusBar().currentMessage() == "The search index is complete."
    assert _pending(db) == {}
    assert window.results.show_results("Innovation").groups == meanwhile


def test_an_import_from_the_file_menu_is_indexed_after_it(qtbot, db, tmp_path):
    window = MainWindow(db, Settings())
    qtbot.addWidget(window)
    window.data_transfer._pool = workers.SynchronousPool()
    window.search_indexing._pool = workers.SynchronousPool()
    assert not window.search_indexing.building  # nothing to index: nothing said
    file = tmp_path / "data.json"
    file.write_text(json.dumps(_dataset()), encoding="utf-8")
    statuses = []
    window.statusBar().messageChanged.connect(statuses.append)
    window.data_transfer.import_file(str(file), confirm=lambda plan: True)
    assert _pending(db) == {}
    assert "Building the search index…" in statuses
    assert statuses[-1] == "The search index is complete."
    assert window.search_box.placeholderText().startswith("Search meetings, organizations")
