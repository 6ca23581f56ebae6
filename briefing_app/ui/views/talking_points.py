"""Talking points: bilingual text, status, the priorities they serve, their targets."""

from __future__ import annotations

from briefing_app.ui.views import labels
from briefing_app.ui.views.choices import organization_choices, priority_choices
from briefing_app.ui.views.fields import ChoiceField, IdsField, LineField, TextField
from briefing_app.ui.views.library_view import LibraryView
from briefing_app.ui.views.record_editor import FieldSpec


class TalkingPointsView(LibraryView):
    """The talking-point library and its editor."""

    KIND = "talking_point"

    def title(self) -> str:
        return self.tr("Talking points")

    def headers(self) -> list[str]:
        return [
            self.tr("Title"),
            self.other_header(self.tr("Chinese title"), self.tr("English title")),
            self.tr("Status"),
            self.tr("Owner"),
            self.tr("Last reviewed"),
        ]

    def cell_labels(self) -> dict:
        return {"status": labels.point_statuses()}

    def field_specs(self) -> list[FieldSpec]:
        statuses = list(labels.point_statuses().items())
        self._priorities = IdsField(priority_choices(self.db))
        self._targets = IdsField(organization_choices(self.db))
        return [
            FieldSpec("title", self.tr("Title (English) *"), LineField),
            FieldSpec("title_zh", self.tr("Title (Chinese)"), LineField),
            FieldSpec("text_en", self.tr("Text (English)"), TextField),
            FieldSpec("text_zh", self.tr("Text (Chinese)"), TextField),
            FieldSpec("status", self.tr("Status"), lambda: ChoiceField(statuses)),
            FieldSpec("priority_ids", self.tr("Priorities"), lambda: self._priorities),
            FieldSpec("target_ids", self.tr("Aimed at (none = general)"), lambda: self._targets),
            FieldSpec("owner", self.tr("Owner"), LineField),
            FieldSpec(
                "last_reviewed", self.tr("Last reviewed"), lambda: LineField(self.tr("YYYY-MM-DD"))
            ),
            FieldSpec("classification", self.tr("Classification"), LineField),
            FieldSpec(
                "tags", self.tr("Topic tags"), lambda: LineField(self.tr("comma, separated"), True)
            ),
        ]

    def refresh_choices(self) -> None:
        self._priorities.set_choices(priority_choices(self.db))
        self._targets.set_choices(organization_choices(self.db))
