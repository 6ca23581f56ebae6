"""The small form that adds or edits one engagement of an organization.

The fields are the record editor's (``RecordEditor``), so problems appear in
red under the field they concern and the dialog stays open until they are
fixed. Saving is the caller's ``save(editor)``: it writes through
``services.engagements`` and puts the change on the undo stack.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from briefing_app.errors import UserError
from briefing_app.services.conflicts import ConflictError
from briefing_app.services.library import FieldErrors
from briefing_app.ui.views.common import show_error
from briefing_app.ui.views.fields import DateField, LineField, TextField
from briefing_app.ui.views.problem_text import error_text, problem_text
from briefing_app.ui.views.record_editor import FieldSpec, RecordEditor


class EngagementDialog(QDialog):
    """Date, kind, summary and follow-ups, each in English and Chinese."""

    def __init__(self, title: str, values: dict, save: Callable[[RecordEditor], None], parent):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self._save = save
        self.editor = RecordEditor(self._specs(), self)
        self.editor.load(values)
        hint = QLabel(
            self.tr(
                "Give a kind or a summary, in English or Chinese. Packs in Chinese use "
                "the Chinese texts and fall back to the English ones."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555555;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)

    def _specs(self) -> list[FieldSpec]:
        return [
            FieldSpec("date", self.tr("Date *"), DateField),
            FieldSpec("kind", self.tr("Kind"), lambda: LineField(self.tr("e.g. High-level visit"))),
            FieldSpec("kind_zh", self.tr("Kind (Chinese)"), LineField),
            FieldSpec("summary", self.tr("Summary"), TextField),
            FieldSpec("summary_zh", self.tr("Summary (Chinese)"), TextField),
            FieldSpec("follow_ups", self.tr("Follow-ups"), TextField),
            FieldSpec("follow_ups_zh", self.tr("Follow-ups (Chinese)"), TextField),
        ]

    def save(self) -> bool:
        """Save and close; on a problem say what is wrong and stay open (unless the
        engagement changed or went meanwhile: then there is nothing left to save to)."""
        try:
            self._save(self.editor)
        except FieldErrors as exc:
            self.editor.show_errors({k: problem_text(v) for k, v in exc.fields.items()})
            return False
        except ConflictError as exc:
            show_error(self, self.tr("Not saved"), self._conflict_text(exc))
            self.reject()
            return False
        except UserError as exc:
            show_error(self, self.tr("Not saved"), error_text(exc))
            return False
        self.accept()
        return True

    def _conflict_text(self, conflict: ConflictError) -> str:
        if conflict.deleted:
            return self.tr("Someone else deleted this engagement while you were editing it.")
        return self.tr(
            "Someone else changed this engagement while you were editing it. The list now "
            "shows their version; open it again to make your change."
        )
