"""New meeting, in one place: title, when (the end follows the start), time
zone, venue, city, host, and the organizations to invite with their
delegations. OK creates it all in one transaction (``create_new_meeting``);
``meeting_id`` is then the new meeting's id.
"""

from __future__ import annotations

import contextlib
from datetime import datetime, timedelta

from PySide6.QtCore import Qt, QTimeZone
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing_app.errors import UserError
from briefing_app.services import meeting_edit as me
from briefing_app.services.library_lists import organization_choices
from briefing_app.ui.language import data_language
from briefing_app.ui.views.check_list import CheckList
from briefing_app.ui.views.field_errors import FieldErrors
from briefing_app.ui.views.problem_text import error_text
from briefing_app.ui.views.when_fields import DateTimeField, EndFollowsStart, TimeZoneBox

PersonRole = Qt.ItemDataRole.UserRole + 1
HostRole = Qt.ItemDataRole.UserRole + 2


def default_start(now: datetime | None = None) -> datetime:
    """The next working day at 09:30: a start the user only adjusts."""
    day = (now or datetime.now()).replace(hour=9, minute=30, second=0, microsecond=0)
    day += timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


class NewMeetingDialog(QDialog):
    """The form; ``accept`` validates, creates the meeting and remembers the zone."""

    def __init__(self, db, settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.settings = db, settings
        self.meeting_id: int | None = None
        self.errors = FieldErrors()
        self._field = self.errors.add_row
        self._ticked: dict[int, bool] = {}  # person id -> ticked, as the user left it
        self.setWindowTitle(self.tr("New meeting"))
        with db.session() as s:
            self._organizations = organization_choices(s, data_language())
            host = me.office_organization(s, settings.host_organization, settings.office_name)
            system = bytes(QTimeZone.systemTimeZoneId()).decode() or None
            self._zone = me.default_zone(s, settings.last_timezone, system)
        self._build(host)
        area = self.screen().availableGeometry()  # never larger than the screen
        self.resize(min(1080, area.width() - 40), min(640, area.height() - 40))

    # -- building --------------------------------------------------------------------------
    def _build(self, host: int | None) -> None:
        columns = QHBoxLayout()
        columns.addWidget(self._details(host), 2)
        columns.addWidget(self._invitations(), 3)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("&Create meeting"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)
        self._fill_organizations()
        self.title.setFocus()

    def _details(self, host: int | None) -> QWidget:
        holder = QWidget()
        form = QFormLayout(holder)
        self.title = self._field(form, "title", self.tr("&Title (English) *"), QLineEdit())
        self.title_zh = self._field(form, "title_zh", self.tr("Title (C&hinese)"), QLineEdit())
        self.starts = self._field(form, "starts_at", self.tr("&Starts"), DateTimeField())
        self.ends = self._field(form, "ends_at", self.tr("&Ends"), DateTimeField())
        self.starts.set_moment(default_start())
        self.ends.set_moment(default_start() + me.DEFAULT_LENGTH)
        self.follow = EndFollowsStart(self.starts, self.ends, me.DEFAULT_LENGTH)
        self.timezone = self._field(form, "timezone", self.tr("Time &zone"), TimeZoneBox())
        self.timezone.set_zone(self._zone)
        self.venue = self._field(form, "venue", self.tr("&Venue"), QLineEdit())
        self.city = self._field(form, "city", self.tr("C&ity"), QLineEdit())
        self.host = self._field(form, "host_organization_id", self.tr("H&ost"), QComboBox())
        self.host.addItem(self.tr("(none)"), None)
        for ident, label in self._organizations:
            self.host.addItem(label, ident)
        self.host.setCurrentIndex(max(0, self.host.findData(host)))
        self.host.setToolTip(self.tr("Your office: set it once in Preferences."))
        self.host.currentIndexChanged.connect(self._fill_organizations)
        self.suggest = QCheckBox(self.tr("Add the suggested talking points"))
        self.suggest.setChecked(True)
        self.suggest.setToolTip(
            self.tr("Approved points aimed at each invited organization, and the general key "
                    "messages, by priority. You can remove or reorder them afterwards.")
        )  # fmt: skip
        form.addRow("", self.suggest)
        after = QLabel(
            self.tr("Once created, the meeting opens: its tabs hold the agenda, the roles and "
                    "seats, the talking points and the export of the briefing set.")
        )  # fmt: skip
        after.setWordWrap(True)
        after.setStyleSheet("color: palette(placeholder-text);")
        form.addRow("", after)
        return holder

    def _invitations(self) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("Organizations to invite, in order of precedence:")))
        self.organizations = CheckList(self.tr("Type to filter, Enter ticks the one left…"))
        self.organizations.changed.connect(self._fill_delegations)
        column.addWidget(self.organizations, 3)
        hint = QLabel(
            self.tr("Delegations: each head is seated as Head of delegation (the host's as "
                    "Host); tick others to seat them too.")
        )  # fmt: skip
        hint.setWordWrap(True)
        column.addWidget(hint)
        self.delegations = QTreeWidget()
        self.delegations.setColumnCount(2)
        self.delegations.setHeaderHidden(True)
        self.delegations.setRootIsDecorated(False)
        header = self.delegations.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        header.setSectionResizeMode(1, header.ResizeMode.ResizeToContents)
        self.delegations.itemChanged.connect(self._remember_tick)
        column.addWidget(self.delegations, 2)
        return holder

    # -- keeping the lists current ------------------------------------------------------------
    def _fill_organizations(self, *_args) -> None:
        host = self.host.currentData()
        ticked = set(self.organizations.checked_ids()) - {host}
        others = [(i, label) for i, label in self._organizations if i != host]
        self.organizations.set_items(others, ticked)
        self._fill_delegations()

    def _fill_delegations(self) -> None:
        host = self.host.currentData()
        ids = ([host] if host is not None else []) + self.organizations.checked_ids()
        with self.db.session() as s:
            groups = me.delegations(s, ids, data_language())
        groups.sort(key=lambda g: g.organization_id != host)  # the host first
        self.delegations.blockSignals(True)
        self.delegations.clear()
        for group in groups:
            self._add_group(group, group.organization_id == host)
        self.delegations.expandAll()
        self.delegations.blockSignals(False)

    def _add_group(self, group: me.Delegation, is_host: bool) -> None:
        label = self.tr("{name} (host)") if is_host else "{name}"
        top = QTreeWidgetItem([label.format(name=group.name)])
        top.setFlags(Qt.ItemFlag.ItemIsEnabled)
        top.setData(0, HostRole, is_host)
        font = top.font(0)
        font.setBold(True)
        top.setFont(0, font)
        self.delegations.addTopLevelItem(top)
        top.setFirstColumnSpanned(True)
        if not group.people:
            nobody = self.tr("(nobody in the database yet: a seat to be named)")
            top.addChild(QTreeWidgetItem([nobody, self.tr("Head of delegation")]))
        for person in group.people:
            text = self.tr("{name}, {title}") if person.title else "{name}"
            item = QTreeWidgetItem([text.format(name=person.name, title=person.title)])
            item.setToolTip(0, item.text(0))
            item.setData(0, PersonRole, person.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = self._ticked.get(person.id, person.is_head)
            item.setCheckState(0, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            top.addChild(item)
        self._show_roles(top)

    def _show_roles(self, group: QTreeWidgetItem) -> None:
        """The role each ticked person will have: the first the head (or Host)."""
        is_host = group.data(0, HostRole)
        first = self.tr("Host") if is_host else self.tr("Head of delegation")
        rest = self.tr("Staff") if is_host else self.tr("Member")
        seated = 0
        for row in range(group.childCount()):
            item = group.child(row)
            if item.data(0, PersonRole) is None:
                continue
            ticked = item.checkState(0) == Qt.CheckState.Checked
            item.setText(1, (rest if seated else first) if ticked else "")
            seated += ticked

    def _remember_tick(self, item: QTreeWidgetItem, column: int) -> None:
        person = item.data(0, PersonRole)
        if person is None or column != 0:
            return
        self._ticked[person] = item.checkState(0) == Qt.CheckState.Checked
        self.delegations.blockSignals(True)
        self._show_roles(item.parent())
        self.delegations.blockSignals(False)

    def chosen_people(self) -> list[int]:
        """The people ticked in the delegations shown."""
        chosen = []
        for top in range(self.delegations.topLevelItemCount()):
            group = self.delegations.topLevelItem(top)
            for row in range(group.childCount()):
                item = group.child(row)
                if item.checkState(0) == Qt.CheckState.Checked:
                    chosen.append(item.data(0, PersonRole))
        return chosen

    # -- creating ------------------------------------------------------------------------------
    def details(self) -> me.MeetingDetails:
        return me.MeetingDetails(
            title=self.title.text(),
            title_zh=self.title_zh.text(),
            starts_at=self.starts.moment(),
            ends_at=self.ends.moment(),
            timezone=self.timezone.zone(),
            venue=self.venue.text(),
            city=self.city.text(),
            host_organization_id=self.host.currentData(),
            language=self.settings.pack_language,
        )

    def problems(self) -> dict[str, str]:
        """What stops the meeting being created, by field."""
        self.timezone.complete_unique()
        problems = {}
        if not self.title.text().strip():
            problems["title"] = self.tr("A meeting needs a title.")
        if self.ends.moment() < self.starts.moment():
            problems["ends_at"] = self.tr("The meeting ends before it starts.")
        if not self.timezone.is_valid():
            problems["timezone"] = self.tr(
                "Choose a time zone from the list: type part of it, e.g. Shanghai."
            )
        return problems

    def _show_problems(self, problems: dict[str, str]) -> None:
        self.errors.show(problems)
        first = next(iter(problems), None)
        widgets = {"title": self.title, "ends_at": self.ends, "timezone": self.timezone}
        if first in widgets:
            widgets[first].setFocus()

    def accept(self) -> None:
        problems = self.problems()
        self._show_problems(problems)
        if problems:
            return
        try:
            with self.db.session() as s, s.begin():
                self.meeting_id = me.create_new_meeting(
                    s,
                    self.details(),
                    self.organizations.checked_ids(),
                    self.chosen_people(),
                    suggested_points=self.suggest.isChecked(),
                )
        except UserError as exc:
            from briefing_app.ui.views.common import show_error

            show_error(self, self.tr("Cannot create the meeting"), error_text(exc))
            return
        self._remember_zone()
        super().accept()

    def _remember_zone(self) -> None:
        self.settings.last_timezone = self.timezone.zone()
        with contextlib.suppress(UserError):  # the meeting exists; only the default is lost
            self.settings.save()
