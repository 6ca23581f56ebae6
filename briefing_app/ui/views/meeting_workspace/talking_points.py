"""Talking points tab: for each participating organization, and for the
general key messages, choose points from the library (filtered by that
organization, by priority, by status), reorder them, or write a new one."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from briefing_app.errors import UserError
from briefing_app.services import meeting_edit as me
from briefing_app.ui.item_models.meeting_columns import (
    library_point_columns,
    picked_point_columns,
    status_choices,
)
from briefing_app.ui.item_models.meeting_rows import RowTableModel
from briefing_app.ui.views.common import plural
from briefing_app.ui.views.meeting_workspace.context import WorkspaceContext
from briefing_app.ui.views.meeting_workspace.pickers import NewPointDialog
from briefing_app.ui.views.meeting_workspace.tables import (
    button_row,
    move_buttons,
    reorderable_table,
    selected_row,
)
from briefing_app.ui.views.problem_text import error_text

GroupRole = Qt.ItemDataRole.UserRole + 1


class TalkingPointsTab(QWidget):
    """Groups on the left; chosen points and the filtered library on the right."""

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.picked = RowTableModel(picked_point_columns(), reorder=self._reorder, parent=self)
        self.picked.errorOccurred.connect(lambda m: ctx.error.emit(self.tr("Talking points"), m))
        self.library = RowTableModel(library_point_columns(), parent=self)
        self.library_proxy = QSortFilterProxyModel(self)
        self.library_proxy.setSourceModel(self.library)
        self.library_proxy.setFilterKeyColumn(-1)
        self.library_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._build()
        ctx.reloaded.connect(self.reload)
        self.reload()

    # -- building --------------------------------------------------------------------------
    def _build(self) -> None:
        self.groups = QListWidget()
        self.groups.setWordWrap(True)  # whole organization names, on two lines if need be
        self.groups.setSpacing(1)
        self.groups.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.groups.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.groups.currentItemChanged.connect(lambda *_: self._group_changed())
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold;")
        column.addWidget(self.heading)
        self.picked_view = reorderable_table(self.picked, self)
        self.picked_view.setColumnWidth(0, 320)
        column.addWidget(self.picked_view, 2)
        column.addLayout(self._picked_buttons())
        self.note = QLabel()
        self.note.setWordWrap(True)
        column.addWidget(self.note)
        column.addWidget(QLabel(self.tr("Library")))
        column.addLayout(self._filters())
        self.library_view = QTableView()
        self.library_view.setModel(self.library_proxy)
        self.library_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.library_view.setSortingEnabled(True)
        self.library_view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.library_view.verticalHeader().hide()
        self.library_view.setAlternatingRowColors(True)
        self.library_view.horizontalHeader().setStretchLastSection(True)
        self.library_view.setColumnWidth(0, 60)
        self.library_view.setColumnWidth(1, 300)
        self.library_view.doubleClicked.connect(lambda *_: self.pick_selected())
        column.addWidget(self.library_view, 3)
        splitter = QSplitter()
        splitter.addWidget(self.groups)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([250, 650])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _picked_buttons(self) -> QHBoxLayout:
        return button_row(
            [
                (self.tr("Add &suggested points"), self.add_suggested),
                (self.tr("&Remove"), self.unpick_selected),
                *move_buttons(self.picked_view),
                (self.tr("&Write new point…"), self.ask_new_point),
            ]
        )

    def _filters(self) -> QVBoxLayout:
        self.only_targeted = QCheckBox(self.tr("Only points aimed at this organization"))
        self.only_targeted.setChecked(True)
        self.show_retired = QCheckBox(self.tr("Show retired points"))
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Any status"), None)
        for value, label in status_choices():
            self.status_filter.addItem(label, value)
        self.priority_filter = QComboBox()
        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText(self.tr("Filter by words…"))
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.textChanged.connect(self.library_proxy.setFilterFixedString)
        for signal in (
            self.only_targeted.toggled,
            self.show_retired.toggled,
            self.status_filter.currentIndexChanged,
            self.priority_filter.currentIndexChanged,
        ):
            signal.connect(lambda *_: self.reload_library())
        add = QPushButton(self.tr("&Add to meeting"))
        add.clicked.connect(self.pick_selected)
        self.priority_filter.setMinimumContentsLength(18)
        self.priority_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        first, second = QHBoxLayout(), QHBoxLayout()
        first.addWidget(self.only_targeted)
        first.addWidget(self.show_retired)
        first.addStretch(1)
        first.addWidget(add)
        second.addWidget(self.status_filter)
        second.addWidget(self.priority_filter)
        second.addWidget(self.text_filter, 1)
        rows = QVBoxLayout()
        rows.addLayout(first)
        rows.addLayout(second)
        return rows

    # -- data ------------------------------------------------------------------------------
    def current_group(self) -> int | None:
        item = self.groups.currentItem()
        return item.data(GroupRole) if item is not None else None

    def reload(self) -> None:
        """Refresh groups (keeping the current one), priorities and both tables."""
        current = self.current_group()
        groups, general, priorities = self.ctx.read(self._read_groups)
        self.groups.blockSignals(True)
        self.groups.clear()
        entries = [(None, self.tr("General / key messages"), general), *groups]
        for org_id, name, count in entries:
            item = QListWidgetItem(f"{name} ({count})")
            item.setToolTip(name)
            item.setData(GroupRole, org_id)
            self.groups.addItem(item)
            if org_id == current:
                self.groups.setCurrentItem(item)
        if self.groups.currentItem() is None:
            self.groups.setCurrentRow(0)
        self.groups.blockSignals(False)
        self._fill_priorities(priorities)
        self._group_changed()

    def _read_groups(self, s):
        mid = self.ctx.meeting_id
        language = self.ctx.language
        return (
            me.point_groups(s, mid, language),
            me.general_count(s, mid),
            me.priority_choices(s, language),
        )

    def _fill_priorities(self, priorities: list[tuple[int, str]]) -> None:
        current = self.priority_filter.currentData()
        self.priority_filter.blockSignals(True)
        self.priority_filter.clear()
        self.priority_filter.addItem(self.tr("Any priority"), None)
        for pid, title in priorities:
            self.priority_filter.addItem(title, pid)
        self.priority_filter.setCurrentIndex(max(0, self.priority_filter.findData(current)))
        self.priority_filter.blockSignals(False)

    def select_group(self, organization_id: int | None) -> None:
        for row in range(self.groups.count()):
            if self.groups.item(row).data(GroupRole) == organization_id:
                self.groups.setCurrentRow(row)
                return

    def _group_changed(self) -> None:
        item = self.groups.currentItem()
        name = item.text() if item else ""
        self.heading.setText(self.tr("Chosen for: {0}").format(name))
        general = self.current_group() is None
        self.only_targeted.setText(
            self.tr("Only general points (aimed at no one)")
            if general
            else self.tr("Only points aimed at this organization")
        )
        self.picked.set_rows(
            self.ctx.read(
                me.list_picked_points, self.ctx.meeting_id, self.current_group(), self.ctx.language
            )
        )
        self.reload_library()

    def reload_library(self) -> None:
        group = self.current_group()
        targeted = self.only_targeted.isChecked()
        rows = self.ctx.read(
            me.library_points,
            organization_id=group if targeted else None,
            general_only=targeted and group is None,
            priority_id=self.priority_filter.currentData(),
            status=self.status_filter.currentData(),
            picked_for=(self.ctx.meeting_id, group),
            include_retired=self.show_retired.isChecked(),
            language=self.ctx.language,
        )
        self.library.set_rows(rows)

    # -- actions ---------------------------------------------------------------------------
    def _reorder(self, ordered_ids: list[int]):
        mid, group = self.ctx.meeting_id, self.current_group()
        before = [r.id for r in self.ctx.read(me.list_picked_points, mid, group, self.ctx.language)]
        self.ctx.do(
            self.tr("Reorder talking points"),
            lambda s: me.reorder_points(s, mid, group, ordered_ids),
            lambda s: me.reorder_points(s, mid, group, before),
        )
        return self.ctx.read(me.list_picked_points, mid, group, self.ctx.language)

    def pick(self, talking_point_ids: list[int]) -> None:
        """Add library points to the current group."""
        mid, group = self.ctx.meeting_id, self.current_group()
        chosen = {r.talking_point_id for r in self.ctx.read(me.list_picked_points, mid, group)}
        new = [tp_id for tp_id in talking_point_ids if tp_id not in chosen]
        with self.ctx.steps(self.tr("Choose talking points"), len(new)):
            for tp_id in new:
                try:
                    self.ctx.do_create(
                        self.tr("Choose talking point"),
                        lambda s, tp_id=tp_id: me.pick_point(s, mid, tp_id, group),
                        "meeting_talking_points",
                    )
                except UserError as exc:
                    self.ctx.error.emit(self.tr("Cannot add the point"), error_text(exc))
        self.reload()

    def add_suggested(self) -> int:
        """Choose the suggested points for every group (one undo step); returns how many."""
        mid = self.ctx.meeting_id
        if not self.ctx.read(me.suggested_points, mid):
            self.note.setText(
                self.tr(
                    "No more suggestions: the approved points aimed at "
                    "these organizations, and the general ones, are chosen."
                )
            )
            return 0
        try:
            added = self.ctx.do_create_many(
                self.tr("Add suggested talking points"),
                lambda s: me.add_suggested_points(s, mid),
                "meeting_talking_points",
            )
        except UserError as exc:
            self.ctx.error.emit(self.tr("Cannot add the points"), error_text(exc))
            return 0
        self.reload()
        self.note.setText(
            plural(self.tr("%n suggested point added."), self.tr("%n suggested points added."),
                   len(added))
        )  # fmt: skip
        return len(added)

    def pick_selected(self) -> None:
        rows = self.library_view.selectionModel().selectedRows()
        ids = [self.library_proxy.mapToSource(i).data(RowTableModel.RowIdRole) for i in rows]
        self.pick(ids)

    def unpick_selected(self) -> None:
        row = selected_row(self.picked_view)
        if row >= 0:
            link = self.picked.row_at(row)
            mid, group = self.ctx.meeting_id, self.current_group()
            order = [r.id for r in self.picked.rows()]
            try:
                self.ctx.do_remove(
                    self.tr("Remove talking point"),
                    lambda s: me.unpick_point(s, link.id),
                    "meeting_talking_points",
                    link.id,
                    after_restore=lambda s: me.reorder_points(s, mid, group, order),
                )
            except UserError as exc:
                self.ctx.error.emit(self.tr("Cannot remove the point"), error_text(exc))
            self.reload()

    def write_point(self, title: str, text_en: str, text_zh: str = "") -> int | None:
        """Create a draft point for the current group and choose it (one undo step
        takes it out of the library again)."""
        mid, group = self.ctx.meeting_id, self.current_group()
        link: dict[str, int] = {}

        def create(s) -> int:
            link["id"] = me.create_point(s, mid, group, title, text_en, text_zh=text_zh)
            return next(r.talking_point_id for r in me.list_picked_points(s, mid, group)
                        if r.id == link["id"])  # fmt: skip

        try:
            self.ctx.do_create(self.tr("Write talking point"), create, "talking_points")
        except UserError as exc:
            self.ctx.error.emit(self.tr("Cannot create the point"), error_text(exc))
        self.reload()
        return link.get("id")

    def ask_new_point(self) -> None:
        item = self.groups.currentItem()
        dialog = NewPointDialog(item.text() if item else "", self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.write_point(
                dialog.title.text(), dialog.text_en.toPlainText(), dialog.text_zh.toPlainText()
            )
