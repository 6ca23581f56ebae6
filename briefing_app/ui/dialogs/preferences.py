"""Preferences: data location, office name, your name, marking, template, UI language.

Backed by ``briefing_app.settings.Settings`` (the same JSON file the CLI
reads). A different database opens at once (the main window asks the app to
switch); a different language applies at the next start.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from briefing_app import paths
from briefing_app.db.open import url_has_password
from briefing_app.settings import default_reference_prefix, reference_prefix_problem
from briefing_app.ui.views.biography_choice import biography_combo
from briefing_app.ui.views.field_errors import FieldErrors
from briefing_app.ui.views.problem_text import problem_text

LANGUAGES = [("en", "English"), ("zh_CN", "简体中文")]


class PreferencesDialog(QDialog):
    """Edit the user settings; ``accept`` saves them."""

    def __init__(self, settings, db=None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(560)
        self.settings = settings
        self._original_database = settings.database
        self._original_language = settings.ui_language
        current = str(db.path or db.url) if db is not None else ""
        self.database = QLineEdit(settings.database, self)
        self.database.setPlaceholderText(str(paths.default_database_path()))
        self.office = QLineEdit(settings.office_name, self)
        self.office_zh = QLineEdit(settings.office_name_zh, self)
        self.office_zh.setPlaceholderText(
            self.tr("Empty: the Chinese name of your office's organization")
        )
        self.host = self._host_choices(settings.host_organization, db)
        self.user_name = QLineEdit(settings.user_name, self)
        self.user_name.setPlaceholderText(self.tr("e.g. Li Wei (recorded as reviewer and author)"))
        self.classification = QLineEdit(settings.classification, self)
        self.classification_zh = QLineEdit(settings.classification_zh, self)
        self.classification_zh.setPlaceholderText(
            self.tr("Empty: the usual Chinese form of the marking, else the English")
        )
        self.template = QLineEdit(settings.pack_template, self)
        self.template.setPlaceholderText(self.tr("(the shipped template)"))
        self.biographies = self._biography_choices(settings.pack_biographies)
        self.reference_prefix = QLineEdit(settings.reference_prefix, self)
        self.reference_prefix.setObjectName("referencePrefix")
        self.reference_prefix.setToolTip(
            self.tr(
                "The first part of the document reference on each pack's cover "
                "(PREFIX/MEETING/vN, e.g. WOC/ROUNDTABLE-2022/v3). Up to 16 Latin letters, "
                "digits, “-”, “.” or “_”. Empty: the office name's initials."
            )
        )
        self.field_errors = FieldErrors()
        self.language = QComboBox(self)
        self.language.addItem(self.tr("The system's language"), "")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(settings.ui_language), 0))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(mid);")
        self._build(current)

    def _build(self, current: str) -> None:
        form = QFormLayout(self)
        form.addRow(self.tr("Database"), self._with_button(self.database, self._choose_database))
        form.addRow("", QLabel(self.tr("Open now: {path}").format(path=current), self))
        form.addRow(self.tr("Office name"), self.office)
        form.addRow(self.tr("Office name (Chinese)"), self.office_zh)
        form.addRow(self.tr("Your office's organization"), self.host)
        form.addRow(self.tr("Your name"), self.user_name)
        form.addRow(self.tr("Default classification marking"), self.classification)
        form.addRow(self.tr("Default marking (Chinese)"), self.classification_zh)
        form.addRow(
            self.tr("Default pack template"),
            self._with_button(self.template, self._choose_template),
        )
        self.field_errors.add_row(
            form, "reference_prefix", self.tr("Document reference prefix"), self.reference_prefix
        )
        form.addRow(self.tr("Biographies in packs"), self.biographies)
        form.addRow(self.tr("Language of the interface"), self.language)
        form.addRow("", self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.reference_prefix.textChanged.connect(self._check_reference_prefix)
        self.office.textChanged.connect(self._show_default_prefix)
        self._show_default_prefix()
        self._check_reference_prefix()
        self.language.currentIndexChanged.connect(self._update_note)
        self.database.textChanged.connect(self._update_note)

    def _host_choices(self, current: str, db) -> QComboBox:
        """The host new meetings start with: an organization of the database."""
        combo = QComboBox(self)
        combo.addItem(self.tr("The organization named like the office"), "")
        if db is not None:
            from briefing_app.services.meeting_edit import office_choices
            from briefing_app.ui.language import data_language

            with db.session() as s:
                for uid, label in office_choices(s, data_language()):
                    combo.addItem(label, uid)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.setToolTip(self.tr("The host of new meetings; its head is seated as Host."))
        return combo

    def _biography_choices(self, current: str) -> QComboBox:
        """Whose biographies (with photos) packs have: the ``pack_biographies`` setting."""
        combo = biography_combo(current, self)
        combo.setToolTip(
            self.tr(
                "Each with the person's photo beside the biography. The meeting's export "
                "row can choose otherwise for one pack."
            )
        )
        return combo

    def _show_default_prefix(self) -> None:
        """The placeholder says what an empty prefix gives (from the office name as typed)."""
        prefix = default_reference_prefix(self.office.text())
        self.reference_prefix.setPlaceholderText(
            self.tr("{prefix} (the office name's initials)").format(prefix=prefix)
        )

    def reference_prefix_problem(self):
        return reference_prefix_problem(self.reference_prefix.text())

    def _check_reference_prefix(self) -> None:
        """The problem in red under the field as you type; OK waits until it is fixed."""
        problem = self.reference_prefix_problem()
        self.field_errors.show({"reference_prefix": problem} if problem else {}, problem_text)
        self.ok_button.setEnabled(problem is None)
        if problem is not None:
            QTimer.singleShot(0, self._fit_height)

    def _fit_height(self) -> None:
        """Grow to show the whole message (two lines in a narrow dialog), never clipped."""
        needed = self.heightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _with_button(self, edit: QLineEdit, slot) -> QWidget:
        holder = QWidget(self)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        button = QPushButton(self.tr("Choose…"), holder)
        button.clicked.connect(slot)
        row.addWidget(button)
        return holder

    def _choose_database(self) -> None:
        path = ask_database_file(self, self.database.text() or str(paths.user_data_dir()))
        if path:
            self.database.setText(path)

    def _choose_template(self) -> None:
        start = self.template.text() or str(paths.templates_dir())
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pack template"), start, self.tr("Word templates (*.docx *.dotx)")
        )
        if path:
            self.template.setText(path)

    def _update_note(self) -> None:
        notes = []
        if self.database_changed():
            notes.append(self.tr("The other database opens when you press OK."))
        if self.language_changed():
            notes.append(self.tr("The new language applies when you restart Briefing App."))
        self.note.setText(" ".join(notes))

    def _database_value(self) -> str:
        text = self.database.text().strip()
        return "" if text and Path(text) == paths.default_database_path() else text

    def database_changed(self) -> bool:
        value = self._database_value()
        return value != (self._original_database or "") and bool(value or self._original_database)

    def language_changed(self) -> bool:
        return self.language.currentData() != self._original_language

    def accept(self) -> None:
        s = self.settings
        if self.reference_prefix_problem():  # OK is disabled meanwhile; Enter is not
            self.reference_prefix.setFocus()
            return
        if self.database_changed() and url_has_password(self._database_value()):
            # Settings are a plain file: a server's password belongs in ~/.pgpass.
            self.note.setText(
                self.tr(
                    "Leave the password out of the database address: settings are stored "
                    "as plain text. Put it in your .pgpass file instead (see docs/team.md)."
                )
            )
            self.database.setFocus()
            return
        if self.database_changed():
            s.database = self._database_value()
        s.office_name = self.office.text().strip()
        s.office_name_zh = self.office_zh.text().strip()
        s.host_organization = self.host.currentData() or ""
        s.user_name = self.user_name.text().strip()
        s.classification = self.classification.text().strip()
        s.classification_zh = self.classification_zh.text().strip()
        s.pack_template = self.template.text().strip()
        s.pack_biographies = self.biographies.currentData()
        s.reference_prefix = self.reference_prefix.text().strip()
        s.ui_language = self.language.currentData()
        s.save()
        super().accept()


def ask_database_file(parent, start: str) -> str:
    """A database file to open or create (a new name is fine); "" if cancelled."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PreferencesDialog", "Open another database"),
        start,
        QCoreApplication.translate(
            "PreferencesDialog", "Briefing App databases (*.db);;All files (*)"
        ),
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    return path
