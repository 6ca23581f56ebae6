"""Details tab: title, kind, date and time with time zone, venue, host, chair,
objectives, classification. Problems are shown beside the field concerned as
the user types; Save is refused while any remain."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.vocabulary import MARKING_WORDS
from briefing_app.errors import UserError
from briefing_app.services import meeting_edit as me
from briefing_app.ui.views.field_errors import FieldErrors
from briefing_app.ui.views.meeting_workspace.context import WorkspaceContext
from briefing_app.ui.views.problem_text import error_text, problem_text
from briefing_app.ui.views.when_fields import DateTimeField, EndFollowsStart, TimeZoneBox

KINDS = (
    QT_TRANSLATE_NOOP("DetailsTab", "Roundtable"),
    QT_TRANSLATE_NOOP("DetailsTab", "Bilateral meeting"),
    QT_TRANSLATE_NOOP("DetailsTab", "Courtesy call"),
    QT_TRANSLATE_NOOP("DetailsTab", "Workshop"),
    QT_TRANSLATE_NOOP("DetailsTab", "Seminar"),
    QT_TRANSLATE_NOOP("DetailsTab", "Conference"),
)


class DetailsTab(QWidget):
    """Form over :class:`MeetingDetails` with field-level validation."""

    saved = Signal()

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._loaded: me.MeetingDetails | None = None
        self._errors = FieldErrors()
        self._field = self._errors.add_row
        self._build()
        self.reload()
        ctx.reloaded.connect(self.reload)

    # -- building --------------------------------------------------------------------------
    def _build(self) -> None:
        form_host = QWidget()
        form = QFormLayout(form_host)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title = self._field(form, "title", self.tr("&Title"), QLineEdit())
        self.title_zh = self._field(form, "title_zh", self.tr("Title (Chinese)"), QLineEdit())
        self.kind = self._field(form, "kind", self.tr("&Kind"), QComboBox())
        self.kind.setEditable(True)
        self.kind.addItems([self.tr(k) for k in KINDS])
        self._build_when(form)
        self.venue = self._field(form, "venue", self.tr("&Venue"), QLineEdit())
        self.venue_zh = self._field(form, "venue_zh", self.tr("Venue (Chinese)"), QLineEdit())
        self.city = self._field(form, "city", self.tr("City"), QLineEdit())
        self.city_zh = self._field(form, "city_zh", self.tr("City (Chinese)"), QLineEdit())
        for edit in (self.venue_zh, self.city_zh):
            edit.setPlaceholderText(self.tr("Empty: Chinese documents print the English"))
        self.host = self._field(form, "host_organization_id", self.tr("&Host"), QComboBox())
        self.chair = self._field(form, "chair_person_id", self.tr("C&hair"), QComboBox())
        self.objectives = self._field(form, "objectives", self.tr("&Objectives"), QPlainTextEdit())
        self.objectives_zh = self._field(
            form, "objectives_zh", self.tr("Objectives (Chinese)"), QPlainTextEdit()
        )
        self.decisions = self._field(
            form, "decisions", self.tr("Dec&isions sought"), QPlainTextEdit()
        )
        self.decisions.setPlaceholderText(
            self.tr("What the meeting should decide or agree, one per line (the pack's first page)")
        )
        self.decisions_zh = self._field(
            form, "decisions_zh", self.tr("Decisions sought (Chinese)"), QPlainTextEdit()
        )
        for edit in self._long_texts():
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(70)
        self.classification = self._field(
            form, "classification", self.tr("Cla&ssification"), QComboBox()
        )
        self.classification.setEditable(True)
        self.classification.addItems(["", *(en for en, _zh in MARKING_WORDS)])
        self.classification.lineEdit().setPlaceholderText(
            self.tr("Empty: the default marking from Preferences")
        )
        self.classification_zh = self._field(
            form, "classification_zh", self.tr("Classification (Chinese)"), QComboBox()
        )
        self.classification_zh.setEditable(True)
        self.classification_zh.addItems(["", *(zh for _en, zh in MARKING_WORDS)])
        self.classification_zh.lineEdit().setPlaceholderText(
            self.tr("Empty: the usual Chinese form of the marking, else the English")
        )
        self._build_choices(form)
        self._wrap(form_host)
        self._connect_edits()

    def _build_when(self, form: QFormLayout) -> None:
        self.dated = QCheckBox(self.tr("Date and time set"))
        form.addRow("", self.dated)
        self.starts = self._field(form, "starts_at", self.tr("&Starts"), DateTimeField())
        self.ends = DateTimeField()
        self.follow = EndFollowsStart(self.starts, self.ends, me.DEFAULT_LENGTH)
        self.has_end = QCheckBox(self.tr("until"))
        end_row = QWidget()
        end_layout = QHBoxLayout(end_row)
        end_layout.setContentsMargins(0, 0, 0, 0)
        end_layout.addWidget(self.has_end)
        end_layout.addWidget(self.ends, 1)
        self._field(form, "ends_at", self.tr("&Ends"), end_row)
        self.timezone = self._field(form, "timezone", self.tr("Time &zone"), TimeZoneBox())
        self.dated.toggled.connect(self._enable_dates)
        self.has_end.toggled.connect(self._enable_dates)

    def _enable_dates(self, *_args) -> None:
        dated = self.dated.isChecked()
        self.starts.setEnabled(dated)
        self.has_end.setEnabled(dated)
        self.ends.setEnabled(dated and self.has_end.isChecked())

    def _build_choices(self, form: QFormLayout) -> None:
        self.language = self._field(form, "language", self.tr("Pack language"), QComboBox())
        for value, label in (
            ("en", self.tr("English")),
            ("zh", self.tr("Chinese")),
            ("both", self.tr("English and Chinese")),
        ):
            self.language.addItem(label, value)
        self.status = self._field(form, "status", self.tr("Status"), QComboBox())
        for value, label in (
            ("planned", self.tr("Planned")),
            ("confirmed", self.tr("Confirmed")),
            ("held", self.tr("Held")),
            ("cancelled", self.tr("Cancelled")),
        ):
            self.status.addItem(label, value)

    def _wrap(self, form_host: QWidget) -> None:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_host)
        self.save_button = QPushButton(self.tr("&Save details"))
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.reload)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addLayout(buttons)

    def _long_texts(self) -> tuple:
        return (self.objectives, self.objectives_zh, self.decisions, self.decisions_zh)

    def _line_edits(self) -> tuple:
        return (self.title, self.title_zh, self.venue, self.venue_zh, self.city, self.city_zh)

    def _connect_edits(self) -> None:
        for edit in self._line_edits():
            edit.textChanged.connect(self._edited)
        for edit in self._long_texts():
            edit.textChanged.connect(self._edited)
        for combo in (self.kind, self.timezone, self.classification, self.classification_zh):
            combo.currentTextChanged.connect(self._edited)
        for combo in (self.host, self.chair, self.language, self.status):
            combo.currentIndexChanged.connect(self._edited)
        for edit in (self.starts, self.ends):
            edit.dateTimeChanged.connect(self._edited)
        self.dated.toggled.connect(self._edited)
        self.has_end.toggled.connect(self._edited)

    # -- data ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Show the meeting as stored (discarding unsaved edits)."""
        details, hosts, chairs = self.ctx.read(self._read)
        self._loaded = details
        self._fill_combo(self.host, hosts, details.host_organization_id)
        self._fill_combo(self.chair, chairs, details.chair_person_id)
        self.show_details(details)
        self._show_problems({})

    def _read(self, session):
        return (
            me.get_details(session, self.ctx.meeting_id),
            me.organization_choices(session, language=self.ctx.language),
            me.chair_choices(session, self.ctx.meeting_id, self.ctx.language),
        )

    def _fill_combo(self, combo: QComboBox, items: list[tuple[int, str]], current) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("(none)"), None)
        for ident, label in items:
            combo.addItem(label, ident)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def _quiet_widgets(self) -> tuple:
        """Every input whose signals mark the form edited (silenced while loading)."""
        return (
            *self._line_edits(),
            *self._long_texts(),
            self.kind,
            self.timezone,
            self.classification,
            self.classification_zh,
            self.starts,
            self.ends,
            self.dated,
            self.has_end,
        )

    def show_details(self, d: me.MeetingDetails) -> None:
        widgets = self._quiet_widgets()
        blocked = [w.blockSignals(True) for w in widgets]
        try:
            self.title.setText(d.title)
            self.title_zh.setText(d.title_zh)
            self.kind.setCurrentText(d.kind)
            self.venue.setText(d.venue)
            self.venue_zh.setText(d.venue_zh)
            self.city.setText(d.city)
            self.city_zh.setText(d.city_zh)
            self.objectives.setPlainText(d.objectives)
            self.objectives_zh.setPlainText(d.objectives_zh)
            self.decisions.setPlainText(d.decisions)
            self.decisions_zh.setPlainText(d.decisions_zh)
            self.classification.setCurrentText(d.classification)
            self.classification_zh.setCurrentText(d.classification_zh)
            self.timezone.setCurrentText(d.timezone)
            self.language.setCurrentIndex(max(0, self.language.findData(d.language)))
            self.status.setCurrentIndex(max(0, self.status.findData(d.status)))
            self.dated.setChecked(d.starts_at is not None)
            self.has_end.setChecked(d.ends_at is not None)
            self._enable_dates()
            default = datetime.now().replace(hour=9, minute=0, second=0, microsecond=0)
            start = d.starts_at or default
            self.starts.setDateTime(QDateTime(start))
            self.ends.setDateTime(QDateTime(d.ends_at or start + me.DEFAULT_LENGTH))
            self.follow.sync()
        finally:
            for w, was in zip(widgets, blocked, strict=True):
                w.blockSignals(was)

    def current_details(self) -> me.MeetingDetails:
        """What the form shows now, as a MeetingDetails."""
        base = self._loaded or me.MeetingDetails(title="")
        dated = self.dated.isChecked()
        return replace(
            base,
            title=self.title.text(),
            title_zh=self.title_zh.text(),
            kind=self.kind.currentText(),
            starts_at=self.starts.dateTime().toPython().replace(second=0, microsecond=0)
            if dated
            else None,
            ends_at=self.ends.dateTime().toPython().replace(second=0, microsecond=0)
            if dated and self.has_end.isChecked()
            else None,
            timezone=self.timezone.currentText().strip(),
            venue=self.venue.text(),
            venue_zh=self.venue_zh.text(),
            city=self.city.text(),
            city_zh=self.city_zh.text(),
            host_organization_id=self.host.currentData(),
            chair_person_id=self.chair.currentData(),
            objectives=self.objectives.toPlainText(),
            objectives_zh=self.objectives_zh.toPlainText(),
            decisions=self.decisions.toPlainText(),
            decisions_zh=self.decisions_zh.toPlainText(),
            classification=self.classification.currentText(),
            classification_zh=self.classification_zh.currentText(),
            language=self.language.currentData(),
            status=self.status.currentData(),
        )

    def is_dirty(self) -> bool:
        return self._loaded is not None and self.current_details() != self._loaded

    def _edited(self, *_args) -> None:
        self._show_problems(self.ctx.read(me.validate_details, self.current_details()))

    def _show_problems(self, problems: dict[str, str]) -> None:
        self._errors.show(problems, problem_text)
        self.save_button.setEnabled(not problems)

    def problems(self) -> dict[str, str]:
        """Field problems currently shown (name -> message)."""
        return self._errors.shown()

    def save(self) -> bool:
        """Save the form (undoable); returns whether it was saved."""
        new, old = self.current_details(), self._loaded
        problems = self.ctx.read(me.validate_details, new)
        self._show_problems(problems)
        if problems or old is None or new == old:
            return not problems
        mid = self.ctx.meeting_id
        try:
            self.ctx.do(
                self.tr("Edit meeting details"),
                lambda s: me.update_details(s, mid, new),
                lambda s: me.update_details(s, mid, old),
            )
        except UserError as exc:
            self.ctx.error.emit(self.tr("Cannot save the details"), error_text(exc))
            return False
        self._loaded = self.ctx.read(me.get_details, mid)
        self.saved.emit()
        return True
