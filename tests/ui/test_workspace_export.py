"""Export and import from the workspace through the worker (synchronous pool):
the files are reopened with python-docx / openpyxl; the import is previewed
and then applied; failures and Cancel leave no file and no traceback."""

from __future__ import annotations

import docx
import openpyxl
import pytest

from briefing_app.db.models import Meeting, Participant
from briefing_app.services import meeting_edit as me
from briefing_app.ui import workers
from briefing_app.ui.views.meeting_workspace import MeetingWorkspace
from tests.ui.workspace_world import build_world


@pytest.fixture
def workspace(qtbot, db):
    world = build_world(db)
    widget = MeetingWorkspace(db, world["meeting"], pool=workers.SynchronousPool())
    qtbot.addWidget(widget)
    widget.participants.invite_people([world["yang"], world["zhou"], world["wang"]])
    widget.talking_points.reload()
    widget.talking_points.select_group(world["spc"])
    widget.talking_points.pick([world["judicial"]])
    widget.world = world
    return widget


def _docx_text(path) -> str:
    document = docx.Document(str(path))
    return "\n".join(p.text for p in document.paragraphs) + "\n".join(
        cell.text for table in document.tables for row in table.rows for cell in row.cells
    )


def test_export_pack_through_the_worker(qtbot, workspace, tmp_path):
    out = tmp_path / "roundtable.docx"
    results = []
    workspace.export.exported.connect(results.append)
    task = workspace.export.export_pack(out)
    assert task is not None and task.done.is_set()
    assert results and results[0].path == str(out.resolve())
    text = _docx_text(out)
    assert "Roundtable 2022" in text
    assert "Judicial cooperation on IP disputes" in text
    assert text.index("Supreme People's Court") < text.index("Ministry of Foreign Affairs")
    assert workspace.export.open_button.isEnabled() and workspace.export.folder_button.isEnabled()
    assert not workspace.export.progress.isVisible()
    assert str(out.resolve()) in workspace.export.status.text()
    suggested = workspace.export._default_name(".xlsx", "participants")
    assert suggested == str(tmp_path.resolve() / "Roundtable 2022 - participants.xlsx")


def test_the_preview_shows_the_number_the_next_pack_would_get(qtbot, workspace, tmp_path):
    workspace.preview.refresh_now()
    assert "Pack version\n1 (DRAFT)" in workspace.preview.browser.toPlainText()
    with qtbot.waitSignal(workspace.preview.refreshed, timeout=5000):
        workspace.export.export_pack(tmp_path / "v1.docx")
    # The same content is still version 1 (in any language or format)...
    assert "Pack version\n1 (DRAFT)" in workspace.preview.browser.toPlainText()
    assert workspace.review.versions_model.rowCount() == 1
    # ...and an edit makes it the next one.
    with workspace.ctx.db.session() as s, s.begin():
        s.get(Meeting, workspace.world["meeting"]).objectives = "New objectives."
    workspace.preview.refresh_now()
    assert "Pack version\n2 (DRAFT)" in workspace.preview.browser.toPlainText()


def _rows(path):
    sheet = openpyxl.load_workbook(path).active
    values = list(sheet.iter_rows(values_only=True))
    return sheet, values[0], values[1:]


def test_export_participants_then_import_edited_list(qtbot, workspace, db, tmp_path):
    out = tmp_path / "participants.xlsx"
    workspace.export.export_participants(out)
    _sheet, header, rows = _rows(out)
    family = header.index("Family name")
    assert [str(r[family]).upper() for r in rows] == ["YANG", "ZHOU", "WANG"]
    # A colleague confirms ZHOU and gives him a seat.
    book = openpyxl.load_workbook(out)
    sheet = book.active
    rsvp_col, seat_col = header.index("RSVP") + 1, header.index("Seat") + 1
    zhou_row = next(i for i, r in enumerate(rows, start=2) if str(r[family]).lower() == "zhou")
    sheet.cell(zhou_row, rsvp_col).value = "Confirmed"
    sheet.cell(zhou_row, seat_col).value = "B2"
    edited = tmp_path / "participants-edited.xlsx"
    book.save(edited)
    previews = []

    def confirm(preview):
        previews.append(preview)
        return True

    applied = []
    workspace.export.imported.connect(applied.append)
    workspace.export.import_participants(edited, confirm=confirm)
    (preview,) = previews
    assert len(preview.changed) == 1 and not preview.added and not preview.ambiguous
    assert {c.field: c.new for c in preview.changed[0].changes} == {
        "rsvp": "confirmed",
        "seat": "B2",
    }
    assert applied and applied[0].changed == 1
    with db.session() as s:
        zhou = next(p for p in s.query(Participant) if p.person and p.person.family_name == "Zhou")
        assert (zhou.rsvp, zhou.seat) == ("confirmed", "B2")
    seat_row = next(r for r in workspace.participants.model.rows() if r.name == "ZHOU Qiang")
    assert seat_row.seat == "B2"  # the table reloaded after the import


def test_import_preview_dialog_shows_changes_and_can_be_refused(qtbot, workspace, db, tmp_path):
    from briefing_app.ui.dialogs.import_preview import ImportPreviewDialog

    out = tmp_path / "participants.xlsx"
    workspace.export.export_participants(out)
    book = openpyxl.load_workbook(out)
    sheet = book.active
    header = [c.value for c in sheet[1]]
    sheet.cell(2, header.index("RSVP") + 1).value = "Declined"
    book.save(out)
    dialogs = []

    def refuse(preview):
        dialog = ImportPreviewDialog(preview, workspace)
        qtbot.addWidget(dialog)
        dialogs.append(dialog)
        return False

    workspace.export.import_participants(out, confirm=refuse)
    (dialog,) = dialogs
    assert dialog.apply_button.isEnabled()
    changed = dialog.tree.topLevelItem(0)
    assert changed.text(0) == "Changed (1)"
    assert "Declined" in changed.child(0).child(0).text(1)
    with db.session() as s:
        assert all(r.rsvp != "declined" for r in me.list_participants(s, workspace.meeting_id))
    assert "Nothing was changed" in workspace.export.status.text()


def test_export_error_is_a_readable_dialog(qtbot, workspace, tmp_path):
    workspace.export.export_pack(tmp_path / "no-such-folder" / "pack.docx")
    _title, message = workspace.errors[-1]
    assert "does not exist" in message and "Traceback" not in message
    assert workspace.export.pack_button.isEnabled()  # ready for another try


def test_cancel_stops_the_export_and_writes_nothing(qtbot, workspace, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "pack.docx"
    panel = workspace.export
    seen = []

    def cancel_on_first_progress(done, total, message):
        seen.append(done)
        panel.cancel()  # what the Cancel button does

    panel.started.connect(lambda task: task.signals.progress.connect(cancel_on_first_progress))
    panel.export_pack(out)
    assert seen == [0]  # stopped at the next progress report
    assert not out.exists()
    assert not list(folder.iterdir())  # no temporary file left behind either
    assert "Cancelled" in panel.status.text()
    assert panel.pack_button.isEnabled() and not panel.cancel_button.isVisible()
