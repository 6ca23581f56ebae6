"""The lazy library table model and its proxy pass Qt's model tester."""

from __future__ import annotations

from PySide6.QtCore import Qt

from briefing_app.services import library
from briefing_app.ui.item_models.library_table import (
    PAGE_SIZE,
    IdRole,
    LibraryTableModel,
    VersionRole,
)
from briefing_app.ui.item_models.proxy import LibraryProxyModel

HEADERS = ["Name", "Chinese", "Acronym", "Kind", "Rank", "Country"]


def _orgs(db, n):
    with db.session() as s, s.begin():
        for i in range(n):
            library.create(
                s,
                "organization",
                {"name_en": f"Org {i:04d}", "name_zh": f"机构{i}", "precedence_rank": i},
            )


def test_model_passes_modeltester_with_lazy_pages(qtmodeltester, qtbot, db):
    _orgs(db, PAGE_SIZE + 30)
    model = LibraryTableModel(db, "organization", HEADERS, {"kind": {"other": "Other"}})
    assert model.total() == PAGE_SIZE + 30
    assert model.rowCount() == PAGE_SIZE and model.canFetchMore()
    qtmodeltester.check(model)
    model.fetchMore()
    assert model.rowCount() == PAGE_SIZE + 30 and not model.canFetchMore()
    assert model.data(model.index(0, 3)) == "Other"
    assert model.data(model.index(5, 0), IdRole) == 6
    assert model.data(model.index(5, 0), VersionRole) == 1
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert model.roleNames()[IdRole] == b"recordId"


def test_sort_is_done_in_sql(qtbot, db):
    _orgs(db, PAGE_SIZE + 5)
    model = LibraryTableModel(db, "organization", HEADERS)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    # the last name overall is first, although it was not in the first page before
    assert model.data(model.index(0, 0)) == f"Org {PAGE_SIZE + 4:04d}"


def test_proxy_filters_and_forwards_sorting(qtmodeltester, qtbot, db):
    _orgs(db, 30)
    model = LibraryTableModel(db, "organization", HEADERS)
    proxy = LibraryProxyModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.setFilterFixedString("机构2")
    assert proxy.rowCount() == 11  # 机构2, 机构20..29
    assert proxy.id_at(0) == 3
    assert proxy.row_of(3) == 0 and proxy.row_of(2) == -1
    proxy.setFilterFixedString("")
    proxy.sort(4, Qt.SortOrder.DescendingOrder)
    assert proxy.data(proxy.index(0, 4)) == "29"
