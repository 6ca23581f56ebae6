"""Fixtures for the GUI tests: the shared workspace world and a meeting workspace on it."""

from __future__ import annotations

import pytest

from briefing_app.ui import workers
from briefing_app.ui.views.meeting_workspace import MeetingWorkspace
from tests.ui.workspace_world import build_world


@pytest.fixture
def world(db):
    return build_world(db)


@pytest.fixture
def workspace(qtbot, db, world):
    widget = MeetingWorkspace(db, world["meeting"], pool=workers.SynchronousPool())
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    return widget
