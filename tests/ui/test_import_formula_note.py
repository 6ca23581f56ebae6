"""The workspace's import preview flags a formula cell, shows its text as the new value,
and Apply keeps that text (the remark is not erased)."""

from __future__ import annotations

import openpyxl

from briefing_app.db.models import Participant
from briefing_app.ui.dialogs.import_preview import ImportPreviewDialog

FORMULA = '=HYPERLINK("http://intranet.example/notes","Note-taker")'


def test_a_formula_cell_is_flagged_in_the_preview_and_kept(qtbot, workspace, world, db, tmp_path):
    workspace.participants.invite_people([world["zhou"]])
    out = tmp_path / "participants.xlsx"
    workspace.export.export_participants(out)
    book = openpyxl.load_workbook(out)
    sheet = book.active
    header = [c.value for c in sheet[1]]
    sheet.cell(2, header.index("Remarks") + 1).value = FORMULA
    book.save(out)
    dialogs = []

    def look_then_apply(preview):
        dialog = ImportPreviewDialog(preview, workspace)
        qtbot.addWidget(dialog)
        dialogs.append(dialog)
        return True

    workspace.export.import_participants(out, confirm=look_then_apply)
    (dialog,) = dialogs
    tree = dialog.tree
    groups = {
        tree.topLevelItem(i).text(0): tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
    }
    notes = groups["Notes (1)"]
    assert notes.child(0).text(1) == "row 2, column O (Remarks): a formula, kept as text"
    assert FORMULA in groups["Changed (1)"].child(0).child(0).text(1)
    with db.session() as s:
        assert s.query(Participant).filter_by(remarks=FORMULA).count() == 1
