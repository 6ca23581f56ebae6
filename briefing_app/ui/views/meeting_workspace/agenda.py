"""Agenda tab: add, edit in place, delete, and reorder by drag and drop.

Every change is one transaction through ``services.meeting_edit`` and one
step on the workspace's undo stack.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from briefing_app.errors import UserError
from briefing_app.services import meeting_edit as me
from briefing_app.ui.item_models.meeting_columns import agenda_columns
from briefing_app.ui.item_models.meeting_rows import RowTableModel
from briefing_app.ui.views.meeting_workspace.context import WorkspaceContext
from briefing_app.ui.views.meeting_workspace.tables import (
    SpeakerDelegate,
    reorderable_table,
    selected_row,
    table_page,
)
from briefing_app.ui.views.problem_text import error_text


def _speaker_values(value) -> dict:
    """The speaker fields (``meeting_edit.speaker_values``) for what the speaker editor
    gave (("person", id) or text), or the current ones of a row."""
    if isinstance(value, me.AgendaRow):
        return {
            "speaker": value.speaker,
            "speaker_zh": value.speaker_zh,
            "speaker_person_id": value.speaker_person_id,
        }
    if isinstance(value, tuple):  # a person: no free text in either language
        return me.speaker_values(person_id=value[1])
    return me.speaker_values(text=str(value or ""))


class AgendaTab(QWidget):
    """The meeting's agenda as an editable, reorderable table."""

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = RowTableModel(
            agenda_columns(ctx.language), save=self._save, reorder=self._reorder, parent=self
        )
        self.model.errorOccurred.connect(lambda msg: ctx.error.emit(self.tr("Agenda"), msg))
        self.view = reorderable_table(self.model, self)
        # Time, minutes, item, speaker (English, Chinese), notes; the Chinese notes take
        # the rest (every column in view beside the preview on a 1366-pixel screen).
        for column, width in enumerate((60, 66, 210, 150, 110, 130)):
            self.view.setColumnWidth(column, width)
        self._speaker_delegate = SpeakerDelegate(self._speaker_choices, self.view)
        self.view.setItemDelegateForColumn(3, self._speaker_delegate)
        self._build()
        ctx.reloaded.connect(self.reload)
        self.reload()

    def _build(self) -> None:
        table_page(
            self,
            self.view,
            [(self.tr("&Add item"), self.add_item), (self.tr("&Delete"), self.delete_selected)],
        )

    def reload(self) -> None:
        self.model.set_rows(self.ctx.read(me.list_agenda, self.ctx.meeting_id, self.ctx.language))

    def _speaker_choices(self) -> list[tuple[int, str]]:
        return self.ctx.read(me.chair_choices, self.ctx.meeting_id, self.ctx.language)

    # -- persistence callbacks used by the model -------------------------------------------
    def _save(self, row: me.AgendaRow, key: str, value) -> me.AgendaRow:
        if key == "speaker":
            new = _speaker_values(value)
            old = {k: v for k, v in _speaker_values(row).items() if k in new}
        else:
            new, old = {key: me.field_value(key, value)}, {key: getattr(row, key)}
        if new == old:
            return row
        self.ctx.do(
            self.tr("Edit agenda item"),
            lambda s: me.update_agenda_item(s, row.id, **new),
            lambda s: me.update_agenda_item(s, row.id, **old),
        )
        return self.ctx.read(
            lambda s: next(
                r
                for r in me.list_agenda(s, self.ctx.meeting_id, self.ctx.language)
                if r.id == row.id
            )
        )

    def _reorder(self, ordered_ids: list[int]):
        mid = self.ctx.meeting_id
        before = [r.id for r in self.ctx.read(me.list_agenda, mid)]
        self.ctx.do(
            self.tr("Reorder agenda"),
            lambda s: me.reorder_agenda(s, mid, ordered_ids),
            lambda s: me.reorder_agenda(s, mid, before),
        )
        return self.ctx.read(me.list_agenda, mid, self.ctx.language)

    # -- actions ---------------------------------------------------------------------------
    def add_item(self, title: str = "") -> int | None:
        """Append an item and start editing its title."""
        title = title or self.tr("New item")
        mid = self.ctx.meeting_id
        try:
            item_id = self.ctx.do_create(
                self.tr("Add agenda item"),
                lambda s: me.add_agenda_item(s, mid, title),
                "agenda_items",
            )
        except UserError as exc:
            self.ctx.error.emit(self.tr("Cannot add the item"), error_text(exc))
            return None
        self.reload()
        row = self.model.row_of(item_id)
        self.view.selectRow(row)
        self.view.edit(self.model.index(row, 2))
        return item_id

    def delete_selected(self) -> None:
        row = selected_row(self.view)
        if row < 0:
            return
        item = self.model.row_at(row)
        mid = self.ctx.meeting_id
        order = [r.id for r in self.model.rows()]
        try:
            self.ctx.do_remove(
                self.tr("Delete agenda item"),
                lambda s: me.delete_agenda_item(s, item.id),
                "agenda_items",
                item.id,
                after_restore=lambda s: me.reorder_agenda(s, mid, order),
            )
        except UserError as exc:
            self.ctx.error.emit(self.tr("Cannot delete the item"), error_text(exc))
        self.reload()
