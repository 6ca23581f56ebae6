"""People: who works where, their names as protocol writes them, rank and needs."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from briefing_app.ui.views import labels
from briefing_app.ui.views.choices import organization_choices
from briefing_app.ui.views.fields import ChoiceField, LineField, TextField
from briefing_app.ui.views.library_view import LibraryView
from briefing_app.ui.views.person_photo import PhotoPanel
from briefing_app.ui.views.record_editor import FieldSpec


class PeopleView(LibraryView):
    """The people table (by organization and rank) and its editor."""

    KIND = "person"

    def title(self) -> str:
        return self.tr("People")

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.other_header(self.tr("Native name"), self.tr("Latin name")),
            self.tr("Organization"),
            self.tr("Title"),
            self.tr("Rank"),
        ]

    def _organizations(self) -> list[tuple]:
        return [(None, self.tr("(choose an organization)")), *organization_choices(self.db)]

    def field_specs(self) -> list[FieldSpec]:
        self._org_field = ChoiceField(self._organizations())
        orders = list(labels.name_orders().items())
        return [
            FieldSpec("organization_id", self.tr("Organization *"), lambda: self._org_field),
            FieldSpec(
                "honorific",
                self.tr("Honorific"),
                lambda: LineField(self.tr("Mr., Ms., Mme, Dr; styles too: H.E. Dr, Prof.")),
            ),
            FieldSpec("family_name", self.tr("Family name (Latin) *"), LineField),
            FieldSpec("given_name", self.tr("Given name (Latin)"), LineField),
            FieldSpec("native_name", self.tr("Name in native script"), LineField),
            FieldSpec(
                "name_zh",
                self.tr("Name in Chinese"),
                lambda: LineField(self.tr("for a name in another script: its Chinese form")),
            ),
            FieldSpec("name_order", self.tr("Name order"), lambda: ChoiceField(orders)),
            FieldSpec("title_en", self.tr("Title (English)"), LineField),
            FieldSpec("title_zh", self.tr("Title (Chinese)"), LineField),
            FieldSpec(
                "rank",
                self.tr("Rank in organization"),
                lambda: LineField(self.tr("1 = head of the organization")),
            ),
            FieldSpec("email", self.tr("E-mail"), LineField),
            FieldSpec("phone", self.tr("Phone"), LineField),
            FieldSpec(
                "languages", self.tr("Languages"), lambda: LineField(self.tr("en, zh"), True)
            ),
            FieldSpec("bio", self.tr("Biography"), TextField),
            FieldSpec("bio_zh", self.tr("Biography (Chinese)"), TextField),
            FieldSpec("needs", self.tr("Dietary / access needs"), TextField),
            FieldSpec("notes", self.tr("Notes"), TextField),
        ]

    def refresh_choices(self) -> None:
        self._org_field.set_choices(self._organizations())

    def _build_editor_side(self) -> QWidget:
        """The editor with the person's photo above it (``person_photo.PhotoPanel``)."""
        side = super()._build_editor_side()
        self.photo = PhotoPanel(self.writes, self.read_only, self._name_of, side)
        self.photo.status.connect(self.status)
        self.editor.record_changed.connect(self.photo.set_person)
        side.layout().insertWidget(0, self.photo)
        return side

    def _name_of(self, person_id: int) -> str:
        from briefing_app.services import library

        return self.writes.read(library.describe, self.KIND, person_id, self.model.language)
