"""The detail editor beside each library table: a form built from field specs.

It remembers the values and version it was loaded with, so it knows whether
there are unsaved changes (the guard against losing them) and which fields
changed (what a save and its undo write). Validation problems are shown in red
under the field they concern.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from briefing_app.ui.views.fields import FieldWidget


@dataclass
class FieldSpec:
    """One editor row: the service field name, its label and how to build its widget."""

    name: str
    label: str
    make: Callable[[], FieldWidget]


class RecordEditor(QWidget):
    """A form over one record; ``dirty_changed`` tells the view when to enable Save,
    ``record_changed`` which record it now shows (panels that follow it)."""

    dirty_changed = Signal(bool)
    #: The record shown changed (its id; None = a new record or nothing).
    record_changed = Signal(object)

    def __init__(self, specs: list[FieldSpec], parent=None) -> None:
        super().__init__(parent)
        self.record_id: int | None = None
        self.version: int | None = None
        self.widgets: dict[str, FieldWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.labels = {spec.name: spec.label.rstrip(" *") for spec in specs}
        self._loaded: dict = {}
        self._dirty = False
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in specs:
            form.addRow(spec.label, self._row(spec))

    def _row(self, spec: FieldSpec) -> QWidget:
        holder = QWidget(self)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        widget = spec.make()
        widget.setObjectName(f"field_{spec.name}")
        widget.changed.connect(self._on_changed)
        error = QLabel(holder)
        error.setObjectName(f"error_{spec.name}")
        error.setStyleSheet("color: #b00020;")
        error.setWordWrap(True)
        error.hide()
        box.addWidget(widget)
        box.addWidget(error)
        self.widgets[spec.name], self.errors[spec.name] = widget, error
        return holder

    def load(self, values: dict) -> None:
        """Show ``values`` (from ``library.get_values`` or ``empty_values``); clean state."""
        self.record_id = values.get("id")
        self.version = values.get("version")
        for name, widget in self.widgets.items():
            widget.set_value(values.get(name))
        self._loaded = self.values()
        self.clear_errors()
        self._set_dirty(False)
        self.record_changed.emit(self.record_id)

    def values(self) -> dict:
        return {name: widget.value() for name, widget in self.widgets.items()}

    def loaded_values(self) -> dict:
        return dict(self._loaded)

    def changed_values(self) -> dict:
        """Fields whose value differs from what was loaded."""
        now = self.values()
        return {k: v for k, v in now.items() if v != self._loaded.get(k)}

    def rebase(self, version: int, current: dict) -> None:
        """Edit on top of someone else's newer version: ``current`` becomes the clean state
        for those fields (so undo returns to it), the typed values stay as they are."""
        self.version = version
        self._loaded.update(current)
        self._on_changed()

    def is_new(self) -> bool:
        return self.record_id is None

    def is_dirty(self) -> bool:
        return self._dirty

    def _on_changed(self) -> None:
        self._set_dirty(bool(self.changed_values()) or self.is_new())

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def mark_saved(self, record_id: int, version: int) -> None:
        """After a successful save the current values are the clean state."""
        created = self.record_id != record_id
        self.record_id, self.version = record_id, version
        self._loaded = self.values()
        self.clear_errors()
        self._set_dirty(False)
        if created:
            self.record_changed.emit(record_id)

    def show_errors(self, problems: dict[str, str]) -> None:
        """Red text under each field with a problem; focus goes to the first."""
        self.clear_errors()
        first = None
        for name, message in problems.items():
            label = self.errors.get(name)
            if label is None:
                continue
            label.setText(message)
            label.show()
            first = first or self.widgets[name]
        if first is not None:
            first.focus_widget().setFocus()

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
