"""Typing a time zone into the meeting details form, key by key: every prefix on
the way to a real zone is a message beside the field, never an error dialog."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QDateTime, Qt

from briefing_app.db.models import Meeting


def _type_zone(qtbot, tab, text: str) -> None:
    edit = tab.timezone.lineEdit()
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)
    assert edit.text() == text
    popup = tab.timezone.completer().popup()
    if popup.isVisible():  # the suggestions the box offers; closed as Escape would
        qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert not popup.isVisible() and edit.text() == text


# Typing opens the zone box's completer popup, which the offscreen platform cannot raise.
POPUP_WARNINGS = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")


@POPUP_WARNINGS
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


@POPUP_WARNINGS
@pytest.mark.parametrize(
    ("start", "expected"),
    [
        (datetime(2026, 3, 29, 2, 30), "2026-03-29 02:30 does not exist in Europe/Zurich"),
        (datetime(2026, 10, 25, 2, 30), "2026-10-25 02:30 happens twice in Europe/Zurich"),
    ],
)
def test_a_start_the_zone_skips_or_repeats_is_a_field_message(qtbot, workspace, start, expected):
    """Issue 13, finding 10: the pack showed a skipped time with the wrong offset."""
    tab = workspace.details
    _type_zone(qtbot, tab, "Europe/Zurich")
    tab.dated.setChecked(True)
    tab.starts.setDateTime(QDateTime(start))
    assert tab.problems()["starts_at"].startswith(expected)
    assert not tab.save_button.isEnabled() and workspace.errors == []
    tab.starts.setDateTime(QDateTime(start.replace(hour=4)))
    assert "starts_at" not in tab.problems() and tab.save()


def test_the_daylight_saving_message_is_translated(qtbot, chinese_interface):
    from briefing_app.domain.timezones import local_time_problem
    from briefing_app.ui.views.problem_text import problem_text

    message = local_time_problem(datetime(2026, 3, 29, 2, 30), "Europe/Zurich")
    assert problem_text(message).startswith("2026-03-29 02:30 在 Europe/Zurich 不存在")
