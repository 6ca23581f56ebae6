"""The Review tab: the reviewer field is labelled and pre-filled from Preferences'
user name (never silently the login name); the workspace asks for the pack
language once (on the Details tab), and export and preview follow it."""

from __future__ import annotations

import getpass

from PySide6.QtWidgets import QLabel

from briefing_app.settings import Settings
from briefing_app.ui.views.review import ReviewView
from briefing_app.ui.workers import SynchronousPool
from tests.services.review_data import make_meeting


def _review(qtbot, db):
    with db.session() as s, s.begin():
        mid = make_meeting(s)
    view = ReviewView(db, mid, pool=SynchronousPool())
    qtbot.addWidget(view)
    return view


def test_reviewer_is_labelled_and_empty_without_a_name_in_preferences(qtbot, db, monkeypatch):
    monkeypatch.setenv("USER", "jdoe42")
    monkeypatch.setenv("LOGNAME", "jdoe42")
    assert getpass.getuser() == "jdoe42"
    view = _review(qtbot, db)
    assert view.reviewer.text() == ""
    assert view.reviewer_label.buddy() is view.reviewer
    assert view.reviewer_label.text() == "Re&viewer:"
    assert "Preferences" in view.reviewer.placeholderText()


def test_reviewer_defaults_to_the_name_in_preferences(qtbot, db):
    Settings(user_name="Director Liu").save()
    view = _review(qtbot, db)
    assert view.reviewer.text() == "Director Liu"


def test_preferences_dialog_stores_the_user_name(qtbot, db):
    from briefing_app.ui.dialogs.preferences import PreferencesDialog

    settings = Settings()
    dialog = PreferencesDialog(settings, db)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.user_name, "Li Wei")
    dialog.accept()
    assert Settings.load().user_name == "Li Wei"


def _labels(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def test_pack_language_is_asked_once_and_export_follows_it(qtbot, workspace):
    labels = _labels(workspace)
    assert sum("Pack language" in text for text in labels) == 1
    assert workspace.export.options()[0] == workspace.details.language.currentData()
    workspace.details.language.setCurrentIndex(workspace.details.language.findData("both"))
    assert workspace.export.options() == ("both", False, "heads")
