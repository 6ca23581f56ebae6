"""Search results, grouped by kind; activating one opens that record."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from briefing_app.ui.icons import icon
from briefing_app.ui.language import data_language
from briefing_app.ui.views import labels
from briefing_app.ui.views.common import NothingToSavePage, plural

if TYPE_CHECKING:
    from briefing_app.services import search

_ICONS = {
    "meeting": "meetings",
    "organization": "organizations",
    "person": "people",
    "talking_point": "talking_points",
}


class SearchResultsView(NothingToSavePage, QWidget):
    """A tree: one branch per kind (Meetings, Organizations, People, Talking points)."""

    open_record = Signal(str, int)
    status = Signal(str)

    def __init__(self, db, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.stale = False
        self.heading = QLabel(self)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("search_results")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Found"), self.tr("Details")])
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnWidth(0, 420)
        self.tree.itemActivated.connect(self._activated)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        box.addWidget(self.heading)
        box.addWidget(self.tree)

    def _group_titles(self) -> dict[str, str]:
        return {
            "meeting": self.tr("Meetings"),
            "organization": self.tr("Organizations"),
            "person": self.tr("People"),
            "talking_point": self.tr("Talking points"),
        }

    def show_results(self, query: str) -> search.Results:
        """Run the search and show what it found."""
        from briefing_app.services import search

        with self.db.session() as s:
            results = search.search(s, query, language=data_language())
        self.tree.clear()
        titles = self._group_titles()
        for kind, hits in results.groups.items():
            if not hits:
                continue
            group = QTreeWidgetItem(self.tree, [f"{titles[kind]} ({len(hits)})"])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setIcon(0, icon(_ICONS[kind]))
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            statuses = labels.point_statuses()
            for hit in hits:
                status = statuses.get(hit.status, hit.status)
                title, detail = hit.title, hit.detail
                detail = " — ".join(part for part in (detail, status) if part)
                item = QTreeWidgetItem(group, [title, detail])
                item.setData(0, Qt.ItemDataRole.UserRole, (hit.kind, hit.id))
                item.setToolTip(0, title)
        self.tree.expandAll()
        n = results.total()
        found = plural(self.tr("%n result"), self.tr("%n results"), n)
        self.heading.setText(self.tr("“{query}”: {found}").format(query=query, found=found))
        return results

    def focus_first(self) -> None:
        first = self.tree.topLevelItem(0)
        if first is not None and first.childCount():
            self.tree.setCurrentItem(first.child(0))
        self.tree.setFocus()

    def _activated(self, item, _column) -> None:
        data = item.data(0, Qt.ItemDataRole.UserRole)
        if data:
            self.open_record.emit(data[0], data[1])

    # the main window treats this page like a library view (NothingToSavePage)
    def title(self) -> str:
        return self.tr("Search")
