"""The main window on a team's PostgreSQL server: it opens, and never shows a password."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import make_url

from briefing_app.db.migrate import open_database
from briefing_app.settings import Settings
from briefing_app.ui.main_window import MainWindow

pytestmark = pytest.mark.parametrize("db_backend", ["postgresql"], indirect=True)


def test_title_and_status_bar_hide_the_password(qtbot, demo_db):
    # the test cluster trusts loopback logins, so any password opens it
    url = make_url(demo_db.url).set(password="s3cret").render_as_string(hide_password=False)
    db = open_database(url)
    try:
        win = MainWindow(db, Settings())
        qtbot.addWidget(win)
        win.show()
        assert "s3cret" not in win.windowTitle() and "s3cret" not in win.db_label.text()
        assert ":***@127.0.0.1" in win.db_label.text()
        assert win.current_view().table.model().rowCount() == 1  # the demo meeting
    finally:
        db.dispose()
