"""The export panel's "As PDF" tick (issue 12): real PDFs of the pack and of the
participant list through LibreOffice, the pack recorded as a PDF file of its version;
without LibreOffice the tick is greyed out and its tooltip says how to get it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from briefing_app.db.models import PackFile
from briefing_app.services.pdf import find_office
from briefing_app.ui import workers
from briefing_app.ui.views.meeting_workspace import MeetingWorkspace
from tests.ui.workspace_world import build_world


def _workspace(qtbot, db):
    world = build_world(db)
    widget = MeetingWorkspace(db, world["meeting"], pool=workers.SynchronousPool())
    qtbot.addWidget(widget)
    widget.participants.invite_people([world["yang"], world["zhou"], world["wang"]])
    return widget


def _asked(monkeypatch) -> list[tuple[str, str, str]]:
    """What the save dialogs are asked (title, suggested name, filter); they answer Cancel."""
    asked = []

    def fake(parent, title, name, kinds):
        asked.append((title, name, kinds))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return asked


@pytest.mark.skipif(find_office() is None, reason="LibreOffice not installed")
def test_pdf_tick_writes_real_pdfs_of_pack_and_list(qtbot, db, tmp_path, monkeypatch):
    workspace = _workspace(qtbot, db)
    panel = workspace.export
    assert panel.pdf_box.isEnabled() and "LibreOffice" in panel.pdf_box.toolTip()
    panel.pdf_box.setChecked(True)
    asked = _asked(monkeypatch)
    panel.ask_export_pack()
    panel.ask_export_participants()
    assert [name[-4:] for _t, name, _k in asked] == [".pdf", ".pdf"]
    assert all("*.pdf" in kinds for _t, _n, kinds in asked)
    results = []
    panel.exported.connect(results.append)
    for name, export in (("pack.pdf", panel.export_pack), ("list.pdf", panel.export_participants)):
        task = export(tmp_path / name)
        assert task is not None and task.done.is_set(), panel.status.text()
        assert (tmp_path / name).read_bytes()[:5] == b"%PDF-"
    assert [r.path for r in results] == [str(tmp_path / "pack.pdf"), str(tmp_path / "list.pdf")]
    assert not list(tmp_path.glob("*.docx")) and not list(tmp_path.glob("*.xlsx"))
    assert str(tmp_path / "list.pdf") in panel.status.text()
    with db.session() as s:
        files = [(f.pack_version.number, f.format) for f in s.scalars(select(PackFile))]
    assert files == [(1, "pdf")]


def test_without_libreoffice_the_tick_is_greyed_out_and_says_how_to_get_it(
    qtbot, db, no_office, monkeypatch
):
    panel = _workspace(qtbot, db).export
    assert not panel.pdf_box.isEnabled() and not panel.pdf_wanted()
    tip = panel.pdf_box.toolTip()
    assert "LibreOffice" in tip and "libreoffice.org" in tip
    panel.pdf_box.setChecked(True)  # even if ticked somehow: Word and Excel files
    asked = _asked(monkeypatch)
    panel.ask_export_pack()
    panel.ask_export_participants()
    assert [name[-5:] for _t, name, _k in asked] == [".docx", ".xlsx"]
