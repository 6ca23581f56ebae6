"""``briefing-app gui --import FILE.json``: what opening a data file with the app
(file association, Open with…) runs. The window comes up, then the file is
checked and offered for import exactly as File ▸ Import Data… does."""

from __future__ import annotations

from briefing_app import app as app_module
from briefing_app.cli import build_parser
from briefing_app.db.models import Meeting
from briefing_app.services.demo import load_demo
from briefing_app.services.interchange import export_json
from briefing_app.settings import Settings
from briefing_app.ui.data_actions import DataTransfer


def test_gui_takes_a_data_file_to_import():
    args = build_parser().parse_args(["gui", "--import", "partners.json"])
    assert args.import_file == "partners.json"


def test_the_file_is_offered_for_import_once_the_window_is_shown(
    qtbot, qapp, db, db_path, tmp_path, monkeypatch
):
    from briefing_app.db.migrate import open_database

    source = open_database(str(tmp_path / "source.db"))
    with source.session() as s, s.begin():
        load_demo(s)
    data = tmp_path / "roundtable.json"
    with source.session() as s:
        data.write_text(export_json(s), encoding="utf-8")
    source.dispose()
    asked = []
    monkeypatch.setattr(DataTransfer, "_ask_to_apply", lambda self, plan: asked.append(plan) or 1)
    db.dispose()
    session = app_module.GuiSession(qapp, Settings.load(), str(db_path))
    session.import_file = str(data)
    window = session.show(app_module.open_for_gui(str(db_path)))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.views["meetings"].model.total() == 1, timeout=20_000)
    [plan] = asked
    assert plan.path == str(data)
    with window.db.session() as s:
        assert [m.title for m in s.query(Meeting)] == ["Roundtable 2022"]
    assert session.import_file is None  # offered once, not again on File ▸ Open Another…
    session.dispose()
