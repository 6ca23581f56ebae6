"""Fixtures for the GUI tests: the shared workspace world and a meeting workspace on it."""

from __future__ import annotations

import pytest

from briefing_app.ui import workers
from briefing_app.ui.views.meeting_workspace import MeetingWorkspace
from tests.ui.workspace_world import build_world


@pytest.fixture(autouse=True)
def quiet_live_updates(request, monkeypatch):
    """Windows in tests do not poll for others' changes on a thread of their own (a
    poll racing a test's own writes and teardown); tests marked ``live_updates`` do."""
    if request.node.get_closest_marker("live_updates") is None:
        from briefing_app.ui.live_updates import LiveUpdates

        monkeypatch.setattr(LiveUpdates, "start", lambda self: None)


@pytest.fixture
def world(db):
    return build_world(db)


@pytest.fixture
def workspace(qtbot, db, world):
    widget = MeetingWorkspace(db, world["meeting"], pool=workers.SynchronousPool())
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    return widget


@pytest.fixture
def chinese_interface(qapp):
    """The translators the app installs for ``ui_language = "zh_CN"``, removed afterwards."""
    from PySide6.QtCore import QLocale

    from briefing_app.app import install_translators

    translators = install_translators(qapp, "zh_CN")
    assert translators, "resources/translations/briefing_app_zh_CN.qm did not load"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale("en"))
