"""The app fits the screen (issue 10, "Layout that fits"): on a 1366×768 screen, in
English and Chinese, no view or workspace tab makes the main window bigger than the
screen, no button is cut off at the side (the talking-point editor's Remove was), and
saving a very long meeting title leaves the window as wide as it was. The walk runs in
a child process (``layout_probe``) whose offscreen screen has that size."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QVBoxLayout, QWidget

from briefing_app.ui.views.elided_label import ElidedLabel

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_view_fits_a_small_screen(demo_db, language):
    demo_db.dispose()
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.layout_probe", str(demo_db.path), language, "1366x768"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"},
        timeout=240,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["screen"] == [1366, 768]
    assert report["too_big"] == []
    assert report["cut_off"] == []
    assert report["saved"] is True
    assert report["after_long_title"] <= 1366


def test_a_long_heading_is_shortened_with_the_whole_text_in_its_tooltip(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    label = ElidedLabel("Roundtable 2022")
    QVBoxLayout(holder).addWidget(label)
    holder.resize(400, 60)
    holder.show()
    qtbot.waitExposed(holder)
    assert label.toolTip() == ""  # it fits: nothing to explain
    long = "Roundtable on intellectual property with government agencies " * 5
    label.setText(long)
    assert holder.minimumSizeHint().width() < 400  # the text does not widen its holder
    assert label.width() <= 400
    assert label.is_elided()
    assert label.toolTip() == long
