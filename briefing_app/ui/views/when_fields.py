"""When a meeting happens: a date-and-time field that takes typing, an end that
follows the start, and a time-zone box that finds a zone from any part of it.

Plain ``QDateTimeEdit`` ignores digits typed after a single click (the click
only places the cursor, and a digit inserted into a full section is refused
without a sound), and in ``2026-03-22 10:30`` typed in one go the dash after
the full year (which Qt has already left) skips the month. :class:`DateTimeField`
selects the part clicked, so typing replaces it, and takes such a separator as
already done; :class:`DayField` does the same for a date alone.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QDateEdit, QDateTimeEdit

from briefing_app.domain.timezones import zone_names

DISPLAY_FORMAT = "yyyy-MM-dd HH:mm"
_SEPARATORS = frozenset(" -/.:")


class _TypedSections:
    """For a QDateTimeEdit subclass: a click selects the part under the pointer,
    and a separator typed after a part Qt already left is taken as done."""

    def _typed_sections(self) -> None:
        self._moved_on = False  # the last digit filled a part and moved to the next
        self.lineEdit().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        """A click (not a drag) selects the part under the pointer: typing replaces it."""
        if (
            watched is self.lineEdit()
            and event.type() == QEvent.Type.MouseButtonRelease
            and not self.lineEdit().hasSelectedText()
        ):
            self.setSelectedSection(self.currentSection())
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event) -> None:
        text, index = event.text(), self.currentSectionIndex()
        if text and text in _SEPARATORS and self._moved_on:
            self._moved_on = False  # "2026-": the full year already moved on
            return
        super().keyPressEvent(event)
        self._moved_on = text.isdigit() and self.currentSectionIndex() != index


class DateTimeField(_TypedSections, QDateTimeEdit):
    """A date and time typed part by part, or picked from the calendar."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(DISPLAY_FORMAT)
        self._typed_sections()

    def set_moment(self, moment: datetime) -> None:
        self.setDateTime(QDateTime(moment.replace(second=0, microsecond=0)))

    def moment(self) -> datetime:
        return self.dateTime().toPython().replace(second=0, microsecond=0)


class DayField(_TypedSections, QDateEdit):
    """A calendar date typed part by part, or picked from the calendar."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self._typed_sections()


class EndFollowsStart(QObject):
    """When the start moves, the end moves with it, keeping the meeting's length
    (``default`` when the end was before the start). ``sync`` after loading values."""

    def __init__(self, starts: QDateTimeEdit, ends: QDateTimeEdit, default: timedelta) -> None:
        super().__init__(starts)
        self.starts, self.ends, self.default = starts, ends, default
        self._start = starts.dateTime()
        starts.dateTimeChanged.connect(self._moved)

    def sync(self) -> None:
        self._start = self.starts.dateTime()

    def _moved(self, new: QDateTime) -> None:
        length = self._start.secsTo(self.ends.dateTime())
        if length < 0:
            length = int(self.default.total_seconds())
        self._start = new
        self.ends.setDateTime(new.addSecs(length))


class TimeZoneBox(QComboBox):
    """Every real zone; typing any part ("shang", "Zurich") offers the zones that
    contain it, and a part that names exactly one zone becomes that zone. A click
    selects the zone shown, so typing replaces it."""

    zone_changed = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.addItems(list(zone_names()))
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(self.tr("Type a city or region, e.g. Shanghai"))
        self.lineEdit().editingFinished.connect(self.complete_unique)
        self.lineEdit().installEventFilter(self)
        self.currentTextChanged.connect(lambda text: self.zone_changed.emit(text.strip()))

    def eventFilter(self, watched, event) -> bool:
        """A click selects the whole zone: what is typed then replaces it."""
        edit = self.lineEdit()
        if (
            watched is edit
            and event.type() == QEvent.Type.MouseButtonRelease
            and not edit.hasSelectedText()
        ):
            edit.selectAll()
        return super().eventFilter(watched, event)

    def zone(self) -> str:
        return self.currentText().strip()

    def set_zone(self, name: str) -> None:
        self.setCurrentText(name)

    def is_valid(self) -> bool:
        return self.findText(self.zone(), Qt.MatchFlag.MatchExactly) >= 0

    def matches(self, text: str) -> list[str]:
        """The zones containing ``text`` (any case)."""
        needle = text.strip().casefold()
        return [z for z in zone_names() if needle and needle in z.casefold()]

    def complete_unique(self) -> None:
        """Leaving the box with part of one zone's name ("Shanghai") picks that zone."""
        if self.is_valid():
            return
        found = self.matches(self.zone())
        exact = [z for z in found if z.casefold() == self.zone().casefold()]
        if len(exact or found) == 1:
            self.set_zone((exact or found)[0])
