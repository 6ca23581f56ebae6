"""Priorities: the strategic goals talking points serve (e.g. from a strategic plan)."""

from __future__ import annotations

from briefing_app.ui.views.fields import LineField, TextField
from briefing_app.ui.views.library_view import LibraryView
from briefing_app.ui.views.record_editor import FieldSpec


class PrioritiesView(LibraryView):
    """The priorities table (in their order) and its editor."""

    KIND = "priority"

    def title(self) -> str:
        return self.tr("Priorities")

    def headers(self) -> list[str]:
        return [
            self.tr("Order"),
            self.tr("Title"),
            self.other_header(self.tr("Chinese title"), self.tr("English title")),
            self.tr("Period"),
            self.tr("Source"),
        ]

    def field_specs(self) -> list[FieldSpec]:
        return [
            FieldSpec("title", self.tr("Title (English) *"), LineField),
            FieldSpec("title_zh", self.tr("Title (Chinese)"), LineField),
            FieldSpec("description", self.tr("Description (English)"), TextField),
            FieldSpec("description_zh", self.tr("Description (Chinese)"), TextField),
            FieldSpec(
                "source", self.tr("Source"), lambda: LineField(self.tr("e.g. MTSP 2022-2026"))
            ),
            FieldSpec(
                "source_zh",
                self.tr("Source (Chinese)"),
                lambda: LineField(self.tr("e.g. 2022-2026年中期战略计划")),
            ),
            FieldSpec("period", self.tr("Period"), LineField),
            FieldSpec("period_zh", self.tr("Period (Chinese)"), LineField),
            FieldSpec("position", self.tr("Order"), LineField),
        ]
