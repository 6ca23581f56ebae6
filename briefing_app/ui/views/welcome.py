"""Getting started: the first-run page.

Shown instead of the meetings list on the app's first start and whenever the
database has no meeting, and from Help ▸ Getting Started. Three ways in:
create a meeting, look at the demo meeting, import data; and the user guide.
The main window connects the signals to its own actions.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCommandLinkButton, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from briefing_app.ui.icons import icon
from briefing_app.ui.views.common import NothingToSavePage


class WelcomePage(NothingToSavePage, QWidget):
    """Three big buttons and a link to the guide."""

    create_meeting = Signal()
    show_demo = Signal()
    import_data = Signal()
    open_guide = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.stale = False
        heading = QLabel(self.tr("Welcome to Briefing App"), self)
        heading.setStyleSheet("font-size: 20pt; font-weight: bold;")
        intro = QLabel(
            self.tr(
                "Prepare a meeting in one place: who comes, in order of precedence, what to "
                "say to each of them, and the Word briefing pack and Excel participant list "
                "that go with it. Start here:"
            ),
            self,
        )
        intro.setWordWrap(True)
        self.create_button = self._button(
            "new",
            self.tr("Create a meeting"),
            self.tr("Title, date and place; then invite organizations and choose talking points."),
            self.create_meeting,
        )
        self.demo_button = self._button(
            "meetings",
            self.tr("Look at the demo"),
            self.tr(
                "The 2022 roundtable with 14 ministries, courts and agencies: a complete "
                "meeting with its pack and list, to explore and change freely."
            ),
            self.show_demo,
        )
        self.import_button = self._button(
            "open",
            self.tr("Import data…"),
            self.tr("Load a Briefing App data file (JSON), for example a colleague's export."),
            self.import_data,
        )
        self.guide = QLabel(
            self.tr('<a href="guide">Read the user guide</a> (F1): what each part does.'),
            self,
        )
        self.guide.linkActivated.connect(lambda _link: self.open_guide.emit())
        column = QVBoxLayout()
        column.setSpacing(10)
        for widget in (heading, intro, self.create_button, self.demo_button, self.import_button):
            column.addWidget(widget)
        column.addSpacing(8)
        column.addWidget(self.guide)
        holder = QWidget(self)
        holder.setLayout(column)
        holder.setMinimumWidth(520)
        holder.setMaximumWidth(680)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(holder, 4)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def _button(self, icon_name: str, text: str, description: str, signal) -> QCommandLinkButton:
        button = QCommandLinkButton(text, description, self)
        button.setIcon(icon(icon_name))
        button.clicked.connect(lambda _checked=False: signal.emit())
        return button

    def set_read_only(self, read_only: bool) -> None:
        """A read-only database: nothing can be created or imported, the demo only looked at."""
        self.create_button.setEnabled(not read_only)
        self.import_button.setEnabled(not read_only)

    # the main window treats this page like a library view (NothingToSavePage)
    def title(self) -> str:
        return self.tr("Getting started")
