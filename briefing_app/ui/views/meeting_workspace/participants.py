"""Participants tab: invite organizations and people, edit role / RSVP / seat
in the table, and adjust the order of precedence by drag and drop (which
writes organizations' and people's ranks through the service)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from briefing_app.errors import UserError
from briefing_app.services import meeting_edit as me
from briefing_app.services import record_snapshot
from briefing_app.ui.item_models.meeting_columns import (
    participant_columns,
    role_choices,
    rsvp_choices,
)
from briefing_app.ui.item_models.meeting_rows import RowTableModel
from briefing_app.ui.views.meeting_workspace.context import WorkspaceContext
from briefing_app.ui.views.meeting_workspace.pickers import NewPersonDialog, PickDialog
from briefing_app.ui.views.meeting_workspace.tables import (
    ChoiceDelegate,
    reorderable_table,
    selected_row,
    table_page,
)
from briefing_app.ui.views.problem_text import error_text


class ParticipantsTab(QWidget):
    """The meeting's seats in order of precedence."""

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = RowTableModel(
            participant_columns(), save=self._save, reorder=self._reorder, parent=self
        )
        self.model.errorOccurred.connect(lambda m: ctx.error.emit(self.tr("Participants"), m))
        self.view = reorderable_table(self.model, self)
        self._role_delegate = ChoiceDelegate(role_choices(), self.view)
        self._rsvp_delegate = ChoiceDelegate(rsvp_choices(), self.view)
        self._principal_delegate = ChoiceDelegate(self._principal_choices, self.view)
        self.view.setItemDelegateForColumn(3, self._role_delegate)
        self.view.setItemDelegateForColumn(4, self._rsvp_delegate)
        self.view.setItemDelegateForColumn(6, self._principal_delegate)
        for column, width in enumerate((230, 150, 150, 125, 95, 50, 150)):
            self.view.setColumnWidth(column, width)
        self._build()
        ctx.reloaded.connect(self.reload)
        self.reload()

    def _build(self) -> None:
        buttons = [
            (self.tr("Invite &organization…"), self.ask_organizations),
            (self.tr("Invite &person…"), self.ask_people),
            (self.tr("&New person…"), self.ask_new_person),
            (self.tr("&Remove"), self.remove_selected),
        ]
        table_page(self, self.view, buttons)

    def reload(self) -> None:
        self.model.set_rows(
            self.ctx.read(me.list_participants, self.ctx.meeting_id, self.ctx.language)
        )

    def _principal_choices(self, index) -> list[tuple[int | None, str]]:
        """Nobody, or another participant: whom an interpreter or note-taker works for."""
        row = index.data(RowTableModel.RowRole)
        others = self.ctx.read(me.principal_choices, row.id, self.ctx.language)
        return [(None, self.tr("(nobody)")), *others]

    # -- persistence callbacks used by the model -------------------------------------------
    def _save(self, row: me.ParticipantRow, key: str, value):
        if key == "principal_id":
            return self._save_principal(row, value)
        new, old = str(value or ""), getattr(row, key)
        if new == old:
            return row
        self.ctx.do(
            self.tr("Edit participant"),
            lambda s: me.update_participant(s, row.id, **{key: new}),
            lambda s: me.update_participant(s, row.id, **{key: old}),
        )
        return self.ctx.read(lambda s: me.update_participant(s, row.id))

    def _save_principal(self, row: me.ParticipantRow, value: int | None):
        old = row.principal_id
        if value == old:
            return row
        self.ctx.do(
            self.tr("Edit participant"),
            lambda s: me.set_principal(s, row.id, value),
            lambda s: me.set_principal(s, row.id, old),
        )
        rows = self.ctx.read(me.list_participants, self.ctx.meeting_id, self.ctx.language)
        return next((r for r in rows if r.id == row.id), row)

    def _reorder(self, ordered_ids: list[int]):
        mid = self.ctx.meeting_id
        before = [r.id for r in self.ctx.read(me.list_participants, mid, self.ctx.language)]
        self.ctx.do(
            self.tr("Change order of precedence"),
            lambda s: me.apply_participant_order(s, mid, ordered_ids),
            lambda s: me.apply_participant_order(s, mid, before),
        )
        return self.ctx.read(me.list_participants, mid, self.ctx.language)

    # -- actions (the ask_* ones open a dialog first) --------------------------------------
    def invite_organizations(self, org_ids: list[int]) -> None:
        """Invite each organization with its head seated as Head of delegation (a seat
        to be named when it has nobody yet); all of them one undo step."""
        mid = self.ctx.meeting_id
        with self.ctx.steps(self.tr("Invite organizations"), len(org_ids)):
            for org_id in org_ids:
                try:
                    self.ctx.do_create_many(
                        self.tr("Invite organization"),
                        lambda s, org_id=org_id: me.seat_delegation(s, mid, org_id),
                        "participants",
                    )
                except UserError as exc:
                    self.ctx.error.emit(self.tr("Cannot invite"), error_text(exc))
        self.reload()

    def invite_people(self, person_ids: list[int]) -> None:
        with self.ctx.steps(self.tr("Invite people"), len(person_ids)):
            for person_id in person_ids:
                self._invite(self.tr("Invite person"), self.tr("Cannot invite"), person_id)
        self.reload()

    def create_and_invite(self, values: dict) -> int | None:
        """Create a person (``create_person`` arguments) and seat them at once."""
        person_id = self._invite(
            self.tr("Add person"),
            self.tr("Cannot create the person"),
            make_person=lambda s: me.create_person(s, **values),
        )
        self.reload()
        return person_id

    def _invite(self, text: str, error: str, person_id=None, make_person=None) -> int | None:
        """Seat a person (first created by ``make_person(session)`` if given) as one undo
        step. Inviting adds a seat or fills the organization's unnamed one: undo reverses
        exactly that, and redo repeats it with the same ids."""
        mid, held = self.ctx.meeting_id, {"person": person_id}

        def redo(s) -> int:
            if "seat" not in held:  # the first time
                if make_person is not None:
                    held["person"] = make_person(s)
                before = {r.id for r in me.list_participants(s, mid)}
                held["seat"] = me.invite_person(s, mid, held["person"])
                held["new_seat"] = held["seat"] not in before
                return held["person"]
            if "person_row" in held:
                record_snapshot.restore(s, held.pop("person_row"))
            if held["new_seat"]:
                record_snapshot.restore(s, held.pop("seat_row"))
            else:
                me.seat_person(s, held["seat"], held["person"])
            return held["person"]

        def undo(s) -> None:
            if held["new_seat"]:
                held["seat_row"] = record_snapshot.delete_record(s, "participants", held["seat"])
            else:
                me.seat_person(s, held["seat"], None)
            if make_person is not None:
                self.ctx.check_ours(record_snapshot.collect(s, "people", held["person"]))
                held["person_row"] = record_snapshot.delete_record(s, "people", held["person"])

        try:
            return self.ctx.do(text, redo, undo)
        except UserError as exc:
            self.ctx.error.emit(error, error_text(exc))
            return None

    def remove_selected(self) -> None:
        row = selected_row(self.view)
        if row >= 0:
            seat = self.model.row_at(row)
            try:
                self.ctx.do_remove(
                    self.tr("Remove participant"),
                    lambda s: me.remove_participant(s, seat.id),
                    "participants",
                    seat.id,
                )
            except UserError as exc:
                self.ctx.error.emit(self.tr("Cannot remove"), error_text(exc))
            self.reload()

    def ask_organizations(self) -> None:
        items = self.ctx.read(me.organization_choices, self.ctx.meeting_id, self.ctx.language)
        dialog = PickDialog(self.tr("Invite organizations"), items, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.invite_organizations(dialog.chosen_ids())

    def ask_people(self) -> None:
        """People of the invited organizations (everyone at a tick), several at once."""
        mid, language = self.ctx.meeting_id, self.ctx.language
        invited = self.ctx.read(me.person_choices, mid, language, invited_only=True)
        dialog = PickDialog(self.tr("Invite people"), invited, self)
        dialog.offer_everyone(
            self.tr("Show people of every organization"),
            lambda: self.ctx.read(me.person_choices, mid, language),
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.invite_people(dialog.chosen_ids())

    def ask_new_person(self) -> None:
        invited = {r.organization_id: r.organization for r in self.model.rows()}
        others = [
            c
            for c in self.ctx.read(me.organization_choices, language=self.ctx.language)
            if c[0] not in invited
        ]
        dialog = NewPersonDialog(list(invited.items()) + others, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.create_and_invite(dialog.values())
