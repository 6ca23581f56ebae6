"""The review view of one meeting: pack versions and their status, approve /
request changes, review comments (add, resolve, import from Word) and the
comparison of two versions.

``ReviewView(db, meeting_id, parent=None, *, pool=None)`` is self-contained;
the meeting workspace can mount it as a tab. Quick reads and status changes
run here in their own short transaction; reading a .docx and writing one run
on the worker pool (``ui/workers.py``; ``pool`` lets tests pass a
SynchronousPool). Services raise UserError for anything the user can fix;
its text is shown in the message line above the tables.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.bilingual import in_language
from briefing_app.errors import UserError
from briefing_app.services.meetings import find_meeting
from briefing_app.services.review import comments as review_comments
from briefing_app.services.review.diff import default_pair
from briefing_app.services.review.status import change_status
from briefing_app.services.review.versions import (
    find_version,
    list_versions,
)
from briefing_app.ui.item_models.review_comments import ReviewCommentsModel
from briefing_app.ui.item_models.review_versions import ReviewVersionsModel
from briefing_app.ui.language import data_language
from briefing_app.ui.views.review_labels import (
    about_label,
    status_label,
    version_status_label,
)
from briefing_app.ui.views.review_parts import (
    compare_job,
    default_name,
    export_version_job,
    hbox,
    import_comments_job,
    make_table,
)
from briefing_app.ui.workers import run_task

#: Narrower than this, the comparison goes below the tables instead of beside them.
WIDE_LAYOUT_MIN_WIDTH = 1000


class ReviewView(QWidget):
    """Pack versions, decisions, comments and comparison for one meeting."""

    #: Emitted after anything was stored (status, comments).
    changed = Signal()
    #: (title, message) of a failure the user should see in a dialog.
    error = Signal(str, str)

    def __init__(
        self, db, meeting_id: int, parent: QWidget | None = None, *, pool=None, show_title=True
    ):
        super().__init__(parent)
        self.setObjectName("reviewView")
        self._db, self.meeting_id, self._pool = db, meeting_id, pool
        self.messages: list[str] = []
        self._tasks: list = []
        self._comparing: tuple[int, int] | None = None
        self.versions_model = ReviewVersionsModel(self)
        self.comments_model = ReviewCommentsModel(self)
        self._build()
        self.title.setVisible(show_title)  # the meeting workspace shows the title already
        self._connect()
        self.reload()

    # -- layout -----------------------------------------------------------------
    def _build(self) -> None:
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(self.message.fontMetrics().height())  # no jump when set
        self.versions = make_table(self.versions_model)
        self.versions.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.versions.setMinimumHeight(120)
        self.comments = make_table(self.comments_model)
        self.comments.setMinimumHeight(100)
        header = self.comments.horizontalHeader()
        header.setStretchLastSection(False)
        fit, stretch = QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch
        for column, mode in enumerate((fit, QHeaderView.ResizeMode.Interactive, fit, stretch, fit)):
            header.setSectionResizeMode(column, mode)
        header.resizeSection(1, 260)
        self.comparison = QTextBrowser()
        self.comparison.setObjectName("reviewComparison")
        self.compare_with = QComboBox()
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._left_pane())
        splitter.addWidget(self._right_pane())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)

    def resizeEvent(self, event) -> None:
        """Comparison beside the tables when there is room, below them when narrow
        (as a tab of the meeting workspace, next to the pack preview)."""
        wide = event.size().width() >= WIDE_LAYOUT_MIN_WIDTH
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)
            room = event.size().width() if wide else event.size().height()
            self.splitter.setSizes([room * 3 // 5, room * 2 // 5])
        super().resizeEvent(event)

    def _left_pane(self) -> QWidget:
        self.submit_button = QPushButton(self.tr("Submit for review"))
        self.approve_button = QPushButton(self.tr("Approve"))
        self.request_button = QPushButton(self.tr("Request changes"))
        self.reviewer = QLineEdit(default_name())
        self.reviewer.setObjectName("reviewer")
        self.reviewer.setPlaceholderText(self.tr("Your name (set a default in Preferences)"))
        self.reviewer.setToolTip(self.tr("Recorded as the reviewer of the decision and comments"))
        self.reviewer.setMaximumWidth(260)
        self.reviewer_label = QLabel(self.tr("Re&viewer:"))
        self.reviewer_label.setBuddy(self.reviewer)
        self.decision_comment = QLineEdit()
        self.decision_comment.setPlaceholderText(self.tr("Comment with the decision (optional)"))
        self.export_button = QPushButton(self.tr("Export version…"))
        self.import_button = QPushButton(self.tr("Import Word comments…"))
        self.show_resolved = QCheckBox(self.tr("Show resolved"))
        self.show_resolved.setChecked(True)
        self.resolve_button = QPushButton(self.tr("Resolve"))
        self.about = QComboBox()
        self.about.setMinimumContentsLength(18)
        self.new_comment = QLineEdit()
        self.new_comment.setPlaceholderText(self.tr("New comment on the selected version"))
        self.add_button = QPushButton(self.tr("Add comment"))
        pane = QWidget()
        box = QVBoxLayout(pane)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(QLabel(self.tr("<b>Pack versions</b>")))
        box.addWidget(self.versions, 1)
        box.addLayout(hbox(self.submit_button, self.approve_button, self.request_button))
        box.addLayout(hbox(self.reviewer_label, self.reviewer, self.decision_comment))
        box.addLayout(hbox(self.export_button, self.import_button, stretch=True))
        box.addLayout(hbox(QLabel(self.tr("<b>Comments</b>")), self.show_resolved, stretch=True))
        box.addWidget(self.comments, 2)
        adding = hbox(self.about, self.new_comment, self.add_button, self.resolve_button)
        adding.setStretch(0, 2)
        adding.setStretch(1, 3)
        box.addLayout(adding)
        return pane

    def _right_pane(self) -> QWidget:
        pane = QWidget()
        box = QVBoxLayout(pane)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(hbox(QLabel(self.tr("<b>What changed</b> since")), self.compare_with))
        box.addWidget(self.comparison, 1)
        return pane

    def _connect(self) -> None:
        self.versions.selectionModel().currentRowChanged.connect(self._version_changed)
        self.comments.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.compare_with.currentIndexChanged.connect(self._show_comparison)
        self.submit_button.clicked.connect(lambda: self.decide("submit"))
        self.approve_button.clicked.connect(lambda: self.decide("approve"))
        self.request_button.clicked.connect(lambda: self.decide("request_changes"))
        self.show_resolved.toggled.connect(self._load_comments)
        self.resolve_button.clicked.connect(self.toggle_resolved)
        self.add_button.clicked.connect(self.add_comment)
        self.new_comment.returnPressed.connect(self.add_comment)
        self.export_button.clicked.connect(self._export_dialog)
        self.import_button.clicked.connect(self._import_dialog)

    # -- reading ------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        """Read versions and comments again; select version ``select`` (default: newest)."""
        with self._db.session() as s:
            meeting = find_meeting(s, self.meeting_id)
            title = in_language(data_language(), meeting.title, meeting.title_zh)
            self.title.setText(self.tr("Review: %s") % title)
            rows = list_versions(s, self.meeting_id)
        self.versions_model.set_rows(rows)
        if rows:
            row = self.versions_model.row_of(select) if select else len(rows) - 1
            self.versions.selectRow(max(row, 0))
        else:
            self.comparison.setHtml(
                self.tr("<p>No pack versions yet. Every pack you export is recorded here.</p>")
            )
        self._load_comments()
        self._update_buttons()

    def selected(self):
        """The selected VersionInfo, or None."""
        return self.versions_model.version_at(self.versions.currentIndex().row())

    def _version_changed(self, *_args) -> None:
        self._fill_compare_with()
        self._fill_about()
        self._show_comparison()
        self._update_buttons()

    def _fill_compare_with(self) -> None:
        current = self.selected()
        self.compare_with.blockSignals(True)
        self.compare_with.clear()
        if current is not None:
            older = [v for v in self.versions_model.rows() if v.number < current.number]
            for v in older:
                label = f"v{v.number} ({version_status_label(v)})"
                self.compare_with.addItem(label, v.number)
            delivered = [v for v in older if v.is_delivered] or older  # skip interrupted ones
            if older:
                approved = [v.number for v in older if v.is_approved]
                numbers = [v.number for v in delivered] + [current.number]
                default = default_pair(numbers, approved)[0]
                self.compare_with.setCurrentIndex(self.compare_with.findData(default))
        self.compare_with.blockSignals(False)

    def _show_comparison(self, *_args) -> None:
        current, old = self.selected(), self.compare_with.currentData()
        if current is None:
            return
        if old is None:
            self.comparison.setHtml(
                self.tr("<p>Version %d is the first version: nothing to compare with.</p>")
                % current.number
            )
            return
        key = (old, current.number)
        self._comparing = key
        self.comparison.setHtml(self.tr("<p>Comparing…</p>"))
        self._start(
            compare_job, old, current.number, data_language(),
            on_finished=lambda h: self._compared(key, h),
        )  # fmt: skip

    def _compared(self, key: tuple[int, int], html: str) -> None:
        if key == self._comparing:  # the user may have picked other versions meanwhile
            self.comparison.setHtml(html)

    def _fill_about(self) -> None:
        self.about.clear()
        current = self.selected()
        if current is None:
            return
        with self._db.session() as s:
            names = review_comments.target_names(
                find_version(s, self.meeting_id, current.number).snapshot
            )
        for (kind, ref), _name in names.items():
            self.about.addItem(about_label(kind, ref, names[(kind, ref)]), (kind, ref))

    def _load_comments(self, *_args) -> None:
        with self._db.session() as s:
            rows = review_comments.list_comments(
                s, self.meeting_id, include_resolved=self.show_resolved.isChecked()
            )
        self.comments_model.set_rows(rows)
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        current = self.selected()
        delivered = [v.number for v in self.versions_model.rows() if v.is_delivered]
        usable = bool(current) and current.is_delivered  # an interrupted pack is not reviewed
        status = current.status if usable else ""
        newest = usable and current.number == max(delivered)
        self.submit_button.setEnabled(status == "draft" and newest)
        self.approve_button.setEnabled(status == "submitted")
        self.request_button.setEnabled(status == "submitted")
        self.export_button.setEnabled(usable)
        self.add_button.setEnabled(usable)
        comment = self.comments_model.comment_at(self.comments.currentIndex().row())
        self.resolve_button.setEnabled(comment is not None)
        self.resolve_button.setText(
            self.tr("Reopen") if comment and comment.resolved else self.tr("Resolve")
        )

    # -- actions -----------------------------------------------------------------
    def show_message(self, text: str, error: bool = False) -> None:
        """Show ``text`` in the message line (red for errors, also sent as ``error`` for
        a dialog); kept in ``messages``."""
        self.messages.append(text)
        if error:
            self.error.emit(self.tr("Review"), text)
        colour = "#a50021" if error else "#1f6f2e"
        self.message.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.message.setText(text)

    def _store(self, action) -> bool:
        """Run ``action(session)`` in a transaction; a UserError becomes a message."""
        try:
            with self._db.session() as s, s.begin():
                action(s)
        except UserError as exc:
            self.show_message(str(exc), error=True)
            return False
        self.changed.emit()
        return True

    def decide(self, action: str) -> None:
        """Submit / approve / request changes for the selected version."""
        current = self.selected()
        if current is None:
            return
        text, name = self.decision_comment.text(), self.reviewer.text().strip()
        if not name and action != "submit":
            self.show_message(self.tr("Type your name as reviewer first."), error=True)
            return
        stored = self._store(
            lambda s: change_status(s, self.meeting_id, current.number, action, text, name or None)
        )
        if stored:
            self.decision_comment.clear()
            label = status_label(_RESULT[action])
            self.show_message(self.tr("Version %d: %s.") % (current.number, label))
            self.reload(select=current.number)

    def add_comment(self) -> None:
        current, target = self.selected(), self.about.currentData()
        if current is None or target is None:
            return
        text = self.new_comment.text()

        def add(s):
            pv = find_version(s, self.meeting_id, current.number)
            review_comments.add_comment(s, pv, text, *target, self.reviewer.text().strip())

        if self._store(add):
            self.new_comment.clear()
            self._reload_keep(current.number)

    def toggle_resolved(self) -> None:
        comment = self.comments_model.comment_at(self.comments.currentIndex().row())
        if comment is None:
            return
        if self._store(lambda s: review_comments.set_resolved(s, comment.id, not comment.resolved)):
            self._reload_keep(self.selected().number if self.selected() else None)

    def _reload_keep(self, number: int | None) -> None:
        self.reload(select=number)

    # -- slow work on the pool -----------------------------------------------------
    def import_comments_from(self, path: str) -> None:
        """Import the Word comments of ``path`` on the worker pool."""
        self._start(import_comments_job, path, on_finished=self._imported)

    def export_to(self, out: str) -> None:
        """Write the selected version again from its snapshot into ``out``."""
        current = self.selected()
        if current is not None:
            self._start(export_version_job, current.number, out, on_finished=self._exported)

    def _start(self, fn, *args, on_finished) -> None:
        task = run_task(
            fn, self._db, self.meeting_id, *args, pool=self._pool,
            on_finished=on_finished, on_failed=lambda m: self.show_message(m, error=True),
        )  # fmt: skip
        self._tasks = [t for t in self._tasks if not t.done.is_set()] + [task]

    def _imported(self, result) -> None:
        text = self.tr("%d Word comment(s) added to version %d") % (
            len(result.added),
            result.version,
        )
        if result.skipped:
            text += self.tr(", %d already imported") % result.skipped
        self.show_message(text + ".")
        self.reload(select=result.version)
        self.changed.emit()

    def _exported(self, path: str) -> None:
        self.show_message(self.tr("Written: %s") % path)

    def _import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import Word comments"), "", self.tr("Word documents (*.docx)")
        )
        if path:
            self.import_comments_from(path)

    def _export_dialog(self) -> None:
        current = self.selected()
        if current is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export pack version"), f"pack-v{current.number}.docx",
            self.tr("Word documents (*.docx)"),
        )  # fmt: skip
        if path:
            self.export_to(path)


_RESULT = {"submit": "submitted", "approve": "approved", "request_changes": "changes_requested"}
