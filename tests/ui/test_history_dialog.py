"""The audit trail in the GUI: Edit ▸ History… on a library record and the meeting
workspace's History… list who changed what, newest first."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from briefing_app.settings import Settings
from briefing_app.ui.main_window import MainWindow


def _cells(model) -> list[list[str]]:
    return [
        [model.data(model.index(r, c)) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_a_records_history_lists_its_changes_newest_first(qtbot, db, app_home):
    (app_home / "settings.json").write_text(json.dumps({"user_name": "Li Wei"}))
    window = MainWindow(db, Settings())
    qtbot.addWidget(window)
    window.show_view("organizations")
    view = window.views["organizations"]
    window.actions["history"].trigger()  # nothing open yet
    assert window.statusBar().currentMessage() == "Open a record to see its history."
    view.new_record()
    view.editor.widgets["name_en"].edit.setText("Ministry of Commerce")
    view.editor.widgets["name_en"].changed.emit()
    assert view.save()
    view.editor.widgets["acronym"].edit.setText("MOFCOM")
    view.editor.widgets["acronym"].changed.emit()
    assert view.save()
    assert window.actions["history"].shortcut().toString() == "Ctrl+Shift+H"
    window.actions["history"].trigger()
    dialog = view.history_dialog
    rows = _cells(dialog.model)
    assert [r[1:4] for r in rows] == [
        ["Li Wei", "changed organization", "Ministry of Commerce"],
        ["Li Wei", "created organization", "Ministry of Commerce"],
    ]
    assert rows[0][4] == 'acronym: — → "MOFCOM"'
    assert dialog.note.text() == "2 changes, newest first."
    dialog.close()


def test_the_meeting_workspace_history_shows_the_meetings_changes(qtbot, workspace):
    workspace.details.venue.setText("Diaoyutai State Guesthouse")
    assert workspace.details.save()
    qtbot.mouseClick(workspace.history_button, Qt.MouseButton.LeftButton)
    rows = _cells(workspace.history_dialog.model)
    assert rows[0][2] == "changed meeting"
    assert rows[0][4].startswith("venue: ") and rows[0][4].endswith(
        '→ "Diaoyutai State Guesthouse"'
    )
