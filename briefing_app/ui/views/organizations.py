"""Organizations (agencies): names in English and Chinese, rank, mandate...
and, under the editor, the selected organization's engagement history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QWidget

from briefing_app.ui.views.choices import kind_choices, organization_choices
from briefing_app.ui.views.engagements import EngagementsPanel
from briefing_app.ui.views.fields import ChoiceField, LineField, TextField
from briefing_app.ui.views.kind_field import KindField
from briefing_app.ui.views.library_view import LibraryView
from briefing_app.ui.views.record_editor import FieldSpec


class OrganizationsView(LibraryView):
    """The organizations table (in order of precedence) and its editor."""

    KIND = "organization"

    def title(self) -> str:
        return self.tr("Organizations")

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.other_header(self.tr("Chinese name"), self.tr("English name")),
            self.tr("Acronym"),
            self.tr("Kind"),
            self.tr("Rank"),
            self.tr("Country"),
        ]

    def cell_labels(self) -> dict:
        return {"kind": dict(kind_choices(self.db))}

    def _parents(self) -> list[tuple]:
        return [(None, self.tr("(none)")), *organization_choices(self.db)]

    def field_specs(self) -> list[FieldSpec]:
        self._parent_field = ChoiceField(self._parents())
        return [
            FieldSpec("name_en", self.tr("Name (English) *"), LineField),
            FieldSpec("name_zh", self.tr("Name (Chinese)"), LineField),
            FieldSpec(
                "name_native",
                self.tr("Name in its own language"),
                lambda: LineField(self.tr("any script, e.g. 외교부, جامعة الدول العربية")),
            ),
            FieldSpec(
                "name_native_lang",
                self.tr("Language of that name"),
                lambda: LineField(self.tr("language tag: ko, ar, ru, fr…")),
            ),
            FieldSpec("acronym", self.tr("Acronym"), LineField),
            FieldSpec("kind", self.tr("Kind"), lambda: KindField(self.db)),
            FieldSpec("parent_id", self.tr("Part of"), lambda: self._parent_field),
            FieldSpec("country", self.tr("Country"), LineField),
            FieldSpec(
                "precedence_rank",
                self.tr("Precedence rank"),
                lambda: LineField(self.tr("1 = first; empty = after all ranked")),
            ),
            FieldSpec(
                "tie_order",
                self.tr("Order within the rank"),
                lambda: LineField(
                    self.tr("among organizations with the same rank; empty = by name")
                ),
            ),
            FieldSpec("mandate", self.tr("Mandate"), TextField),
            FieldSpec("mandate_zh", self.tr("Mandate (Chinese)"), TextField),
            FieldSpec("relevance", self.tr("Relevance to our work"), TextField),
            FieldSpec("relevance_zh", self.tr("Relevance (Chinese)"), TextField),
            FieldSpec("website", self.tr("Website"), LineField),
            FieldSpec(
                "tags", self.tr("Tags"), lambda: LineField(self.tr("comma, separated"), True)
            ),
            FieldSpec("notes", self.tr("Notes"), TextField),
        ]

    def refresh_choices(self) -> None:
        self._parent_field.set_choices(self._parents())

    def _build_editor_side(self) -> QWidget:
        """The editor with the organization's engagements below it (a splitter between)."""
        self.engagements = EngagementsPanel(self.db, self.undo_stack, self.read_only, self)
        self.engagements.status.connect(self.status)
        self.engagements.data_changed.connect(self.data_changed)
        self.engagements.organization_wanted.connect(self._show_organization)
        self.editor.record_changed.connect(self.engagements.set_organization)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setObjectName("splitter_organization_detail")
        split.addWidget(super()._build_editor_side())
        split.addWidget(self.engagements)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        return split

    def reload(self, record_id: int | None = None) -> None:
        super().reload(record_id)
        self.engagements.reload()  # an import or a restore may have changed them too

    def _show_organization(self, organization_id: int) -> None:
        if organization_id != self.editor.record_id:
            self.open_after_undo(organization_id)
