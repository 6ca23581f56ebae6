"""Export briefing set… in the meeting workspace: one click writes the pack and
the list (and PDF copies when LibreOffice is installed) into the folder chosen
once; the files are reopened; the pack is recorded as one version."""

from __future__ import annotations

import docx
import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog

from briefing_app.services.pdf import find_office
from briefing_app.settings import Settings
from briefing_app.ui import workers
from briefing_app.ui.views.meeting_workspace import MeetingWorkspace
from tests.ui.workspace_world import build_world

STEM = "2022-03-23 Roundtable 2022"  # the meeting's date and title


def _workspace(qtbot, db):
    world = build_world(db)
    widget = MeetingWorkspace(db, world["meeting"], pool=workers.SynchronousPool())
    qtbot.addWidget(widget)
    widget.participants.invite_people([world["yang"], world["zhou"]])
    return widget


def _click(qtbot, button):
    """A click on the button's own part (not its menu arrow)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def test_first_export_asks_for_the_folder_once_and_writes_both(qtbot, db, tmp_path, monkeypatch):
    folder = tmp_path / "briefings"
    folder.mkdir()
    asked = []

    def choose(*args, **kwargs):
        asked.append(args)
        return str(folder)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(choose))
    Settings(briefing_set_pdf=False).save()
    workspace = _workspace(qtbot, db)
    panel = workspace.export
    workspace.show()
    qtbot.waitExposed(workspace)
    _click(qtbot, panel.set_button)
    assert len(asked) == 1 and Settings.load().briefing_set_folder == str(folder)
    pack, xlsx = folder / f"{STEM} - briefing pack.docx", folder / f"{STEM} - participants.xlsx"
    assert "Roundtable 2022" in "\n".join(p.text for p in docx.Document(str(pack)).paragraphs)
    rows = list(openpyxl.load_workbook(xlsx).active.iter_rows(values_only=True))
    assert any("YANG" in str(value).upper() for row in rows for value in row)
    assert "pack version 1" in panel.status.text() and str(folder) in panel.status.text()
    assert panel.folder_button.isEnabled() and panel.last_path.parent == folder
    assert workspace.review.versions_model.rowCount() == 1
    _click(qtbot, panel.set_button)  # the second time: no question, the same folder
    # The same content again: the same pack version (a version is its content).
    assert len(asked) == 1 and "pack version 1" in panel.status.text()
    assert workspace.review.versions_model.rowCount() == 1
    assert sorted(p.name for p in folder.iterdir()) == sorted([pack.name, xlsx.name])


@pytest.mark.skipif(find_office() is None, reason="LibreOffice not installed")
def test_pdf_copies_when_libreoffice_is_installed(qtbot, db, tmp_path):
    Settings(briefing_set_folder=str(tmp_path), briefing_set_pdf=True).save()
    workspace = _workspace(qtbot, db)
    button = workspace.export.set_button
    assert button.pdf_action.isEnabled() and button.pdf_action.isChecked()
    assert str(tmp_path) in button.folder_action.text()
    workspace.export.export_briefing_set(tmp_path, button.pdf_wanted())
    for name in ("briefing pack.pdf", "participants.pdf"):
        assert (tmp_path / f"{STEM} - {name}").read_bytes()[:5] == b"%PDF-"
    assert "with PDF copies of both" in workspace.export.status.text()


def test_without_libreoffice_pdf_is_greyed_out_and_said(qtbot, db, tmp_path, no_office):
    Settings(briefing_set_folder=str(tmp_path), briefing_set_pdf=True).save()
    workspace = _workspace(qtbot, db)
    button = workspace.export.set_button
    assert not button.pdf_action.isEnabled() and not button.pdf_wanted()
    assert "LibreOffice not found" in button.pdf_action.text()
    assert "LibreOffice is not installed" in button.toolTip()
    workspace.export.export_briefing_set(tmp_path, pdf=True)  # asked anyway: said plainly
    assert (tmp_path / f"{STEM} - briefing pack.docx").exists()
    assert "No PDF copies: LibreOffice is not installed" in workspace.export.status.text()


def test_pdf_choice_and_changed_folder_are_remembered(qtbot, db, tmp_path, monkeypatch):
    other = tmp_path / "other"
    other.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(other))
    )
    Settings(briefing_set_folder=str(tmp_path)).save()
    workspace = _workspace(qtbot, db)
    button = workspace.export.set_button
    button.change_action.trigger()
    assert Settings.load().briefing_set_folder == str(other)
    assert str(other) in button.folder_action.text()
    if button.pdf_action.isEnabled():
        button.pdf_action.setChecked(False)
        assert Settings.load().briefing_set_pdf is False


def test_read_only_database_writes_the_set_but_records_no_version(qtbot, db, tmp_path):
    from briefing_app.services.lock import connect_read_only
    from briefing_app.services.review.versions import list_versions

    world = build_world(db)
    ro = connect_read_only(db.path, "another copy of the app is using it")
    workspace = MeetingWorkspace(ro, world["meeting"], pool=workers.SynchronousPool())
    qtbot.addWidget(workspace)
    out = tmp_path / "set"
    out.mkdir()
    workspace.export.export_briefing_set(out, pdf=False)
    assert (out / f"{STEM} - briefing pack.docx").exists()
    assert (out / f"{STEM} - participants.xlsx").exists()
    assert "not recorded: the database is read-only" in workspace.export.status.text()
    with db.session() as s:
        assert list_versions(s, world["meeting"]) == []
    workspace.preview.shutdown()
    ro.dispose()
