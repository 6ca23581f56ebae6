"""Typing a time zone into the meeting details form, key by key: every prefix on
the way to a real zone is a message beside the field, never an error dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from briefing_app.db.models import Meeting


def _type_zone(qtbot, tab, text: str) -> None:
    edit = tab.timezone.lineEdit()
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)
    assert edit.text() == text


@pytest.mark.parametrize("prefix", ["A", "Asia", "Asia/", "", "../etc"])
def test_a_prefix_is_a_field_message_then_the_full_zone_saves(qtbot, workspace, db, world, prefix):
    tab = workspace.details
    _type_zone(qtbot, tab, prefix)
    assert tab.problems()["timezone"] == f"unknown time zone “{prefix}”"
    assert not tab.save_button.isEnabled() and not tab.save()
    assert workspace.errors == []  # no dialog of any kind
    _type_zone(qtbot, tab, "Asia/Shanghai")
    assert "timezone" not in tab.problems() and tab.save_button.isEnabled()
    with db.session() as s:
        before = s.get(Meeting, world["meeting"]).timezone
    _type_zone(qtbot, tab, "Europe/Zurich")
    assert tab.save()
    with db.session() as s:
        assert s.get(Meeting, world["meeting"]).timezone == "Europe/Zurich" != before
